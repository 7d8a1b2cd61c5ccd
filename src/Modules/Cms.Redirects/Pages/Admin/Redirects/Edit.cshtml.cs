using Cms.Redirects.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Redirects.Pages.Admin.Redirects;

/// <summary>Changes one redirect (an edited redirect counts as typed by someone: automatic ones no longer replace it).</summary>
public sealed class EditModel(RedirectStore store) : PageModel
{
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken);
        if (row is null) return NotFound();
        (From, To) = (row.FromPath, row.ToPath);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        Error = await store.SaveManualAsync(id, From, To, User.Identity?.Name, cancellationToken);
        if (Error is not null) return Page();
        TempData["Message"] = $"Redirection enregistrée : « {From?.Trim()} » → « {To?.Trim()} ».";
        return Redirect(RedirectRoutes.Admin);
    }
}
