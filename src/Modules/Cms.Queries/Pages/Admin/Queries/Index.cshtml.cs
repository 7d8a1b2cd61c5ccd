using Cms.Queries.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Queries.Pages.Admin.Queries;

/// <summary>« Requêtes »: the named queries with their source; delete (permission ManageQueries).</summary>
public sealed class IndexModel(QueriesManager manager) : PageModel
{
    public IReadOnlyList<KeyValuePair<string, StoredQuery>> Queries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queries = [.. (await manager.GetAsync(cancellationToken)).Queries.OrderBy(q => q.Key, StringComparer.Ordinal)];

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken cancellationToken)
    {
        TempData["Message"] = await manager.DeleteAsync(name, cancellationToken)
            ? $"Requête « {name} » supprimée."
            : $"La requête « {name} » n'existait plus.";
        return Redirect(Startup.AdminPath);
    }
}
