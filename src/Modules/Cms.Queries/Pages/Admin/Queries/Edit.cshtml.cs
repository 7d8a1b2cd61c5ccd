using Cms.Queries.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Queries.Pages.Admin.Queries;

/// <summary>
/// Creates or changes a named query (<c>?nom=</c> names the one changed). A query the guard refuses is shown again
/// with the reason, never saved. « Exécuter » runs the typed query with the typed parameters, without saving it, and
/// shows its rows (or the items it returns) below the form.
/// </summary>
public sealed class EditModel(QueriesManager manager, SqlQueryRunner runner) : PageModel
{
    /// <summary>Rows shown by a preview; the query itself reads up to <see cref="SqlQueryRunner.MaxRows"/>.</summary>
    public const int PreviewRows = 50;

    [BindProperty] public string? Original { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string Source { get; set; } = StoredQuery.SqlSource;
    [BindProperty] public string? Template { get; set; }
    [BindProperty] public string? Index { get; set; }
    [BindProperty] public string? Schema { get; set; }
    [BindProperty] public bool ReturnContentItems { get; set; }
    [BindProperty] public string? Parameters { get; set; }
    public string? Error { get; private set; }
    public QueryResult? Result { get; private set; }

    public bool IsSql => string.Equals(Source, StoredQuery.SqlSource, StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(string? nom, CancellationToken cancellationToken)
    {
        if (nom is null) return Page();
        if (await manager.FindAsync(nom, cancellationToken) is not { } query) return NotFound();
        (Original, Name, Source, Template, Index, Schema, ReturnContentItems) = (nom, nom, query.Source, query.Template, query.Index, query.Schema, query.ReturnContentItems);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Error = await manager.SaveAsync(string.IsNullOrEmpty(Original) ? null : Original, Name, Query(), cancellationToken);
        if (Error is not null) return Page();
        TempData["Message"] = $"Requête « {Name!.Trim()} » enregistrée.";
        return Redirect(Startup.AdminPath);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await runner.RunAsync(Query(), SqlQueryRunner.ParseParameters(Parameters), cancellationToken, string.IsNullOrWhiteSpace(Name) ? "essai" : Name.Trim());
        }
        catch (QueryException e)
        {
            Error = e.Message;
        }
        return Page();
    }

    private StoredQuery Query() => new()
    {
        Source = string.IsNullOrWhiteSpace(Source) ? StoredQuery.SqlSource : Source.Trim(),
        Template = Template ?? "",
        Index = string.IsNullOrWhiteSpace(Index) ? null : Index.Trim(),
        Schema = string.IsNullOrWhiteSpace(Schema) ? null : Schema,
        ReturnContentItems = ReturnContentItems,
    };
}
