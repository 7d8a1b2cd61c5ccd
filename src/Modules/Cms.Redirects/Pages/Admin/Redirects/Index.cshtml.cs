using Cms.Data.Entities;
using Cms.Redirects.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Redirects.Pages.Admin.Redirects;

/// <summary>« Redirections »: list with search, add, delete, CSV import and export (permission ManageRedirects).</summary>
public sealed class IndexModel(RedirectStore store) : PageModel
{
    public const long MaxCsvBytes = 5 * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }

    public IReadOnlyList<Redirect> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => (Total + RedirectStore.PageSize - 1) / RedirectStore.PageSize;
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }
    public List<string> ImportErrors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        Error = await store.SaveManualAsync(null, From, To, User.Identity?.Name, cancellationToken);
        if (Error is null)
        {
            Message = $"Redirection ajoutée : « {From?.Trim()} » → « {To?.Trim()} ».";
            return RedirectToPage();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        Message = await store.DeleteAsync(id, cancellationToken) ? "Redirection supprimée." : "Cette redirection n'existait plus.";
        return RedirectToPage(new { q = Search, p = PageNumber });
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken) =>
        File(RedirectCsv.Write(await store.AllAsync(cancellationToken)), "text/csv; charset=utf-8", "redirections.csv");

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) Error = "Choisissez un fichier CSV.";
        else if (file.Length > MaxCsvBytes) Error = $"Fichier trop gros ({file.Length / 1024} Ko ; 5 Mo au plus).";
        if (Error is null)
        {
            using var reader = new StreamReader(file!.OpenReadStream());
            var (rows, headerError) = RedirectCsv.Read(await reader.ReadToEndAsync(cancellationToken));
            Error = headerError;
            var added = 0;
            foreach (var (line, from, to) in rows)
            {
                var error = await store.SaveManualAsync(null, from, to, User.Identity?.Name, cancellationToken);
                if (error is null) added++;
                else ImportErrors.Add($"{file.FileName}, ligne {line} : {error}");
            }
            if (headerError is null) Message = $"{added} redirection(s) importée(s), {ImportErrors.Count} refusée(s).";
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page) => Url.Page("Index", new { q = Search, p = page }) ?? "";

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        (Rows, Total) = await store.ListAsync(Search, Math.Max(1, PageNumber), cancellationToken);

    public static string OriginLabel(RedirectOrigin origin) => origin switch
    {
        RedirectOrigin.Manual => "Saisie",
        RedirectOrigin.PathChange => "Changement d'adresse",
        RedirectOrigin.Jekyll => "Ancienne adresse Jekyll",
        RedirectOrigin.RedirectFrom => "redirect_from",
        _ => origin.ToString(),
    };
}
