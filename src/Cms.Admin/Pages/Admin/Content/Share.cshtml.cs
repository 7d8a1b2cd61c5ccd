using Cms.Abstractions.Content;
using Cms.Admin.Security;
using Cms.Admin.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>The item's shareable preview links: make one (for a day, a week or a month), see them, revoke one.</summary>
public sealed class ShareModel(IContentManager contentManager, PreviewShares shares, ContentAuthorizer authorizer, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    public ContentItem? Item { get; private set; }
    public IReadOnlyList<PreviewShare> Links { get; private set; } = [];
    /// <summary>The link just made: shown once (the list shows each link by its dates, never its token).</summary>
    public string? NewLink { get; private set; }
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(int days, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (!PreviewShares.LifetimesInDays.Contains(days)) return BadRequest();
        var token = await shares.CreateAsync(Id, days, User.Identity?.Name, cancellationToken);
        NewLink = $"{Request.Scheme}://{Request.Host}{PreviewShares.Url(token)}";
        Links = await shares.ListAsync(Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long link, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        TempData["Message"] = await shares.RevokeAsync(Id, link, User.Identity?.Name, cancellationToken)
            ? "Le lien est révoqué : il n'ouvre plus l'aperçu."
            : "Ce lien était déjà révoqué.";
        return Redirect(AdminRoutes.Share(Id));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Item = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (Item is null) return NotFound();
        // Sharing a draft is showing it: the same permission as editing it.
        if (!await authorizer.CanAsync(User, ContentAction.Edit, Item)) return Forbid();
        Links = await shares.ListAsync(Id, cancellationToken);
        Now = clock.GetUtcNow().UtcDateTime;
        return null;
    }
}
