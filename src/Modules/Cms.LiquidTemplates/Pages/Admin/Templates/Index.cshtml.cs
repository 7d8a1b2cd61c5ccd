using Cms.Admin;
using Cms.LiquidTemplates.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.LiquidTemplates.Pages.Admin.Templates;

/// <summary>« Modèles »: the stored templates, with what each replaces; delete (permission ManageTemplates).</summary>
public sealed class IndexModel(TemplatesManager manager) : PageModel
{
    public IReadOnlyList<KeyValuePair<string, Template>> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Templates = [.. (await manager.GetAsync(cancellationToken)).Templates.OrderBy(t => t.Key, StringComparer.Ordinal)];

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken cancellationToken)
    {
        TempData["Message"] = await manager.DeleteAsync(name, cancellationToken)
            ? $"Modèle « {name} » supprimé : le modèle du thème s'applique de nouveau."
            : $"Le modèle « {name} » n'existait plus.";
        return Redirect(Startup.AdminPath);
    }
}
