using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Admin.History;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>A readable line diff between two versions of the same item (older on the left of the arrow).</summary>
public sealed class CompareModel(IContentManager contentManager, ContentAuthorizer authorizer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "de")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "a")] public string? To { get; set; }

    public ContentItem? Older { get; private set; }
    public ContentItem? Newer { get; private set; }
    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (From is null || To is null) return Redirect(AdminRoutes.History(Id));
        var from = await contentManager.GetVersionAsync(From, cancellationToken);
        var to = await contentManager.GetVersionAsync(To, cancellationToken);
        if (from is null || to is null || from.ContentItemId != Id || to.ContentItemId != Id) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, to)) return Forbid();
        (Older, Newer) = (from.ModifiedUtc ?? DateTime.MinValue) <= (to.ModifiedUtc ?? DateTime.MinValue) ? (from, to) : (to, from);
        Lines = VersionDiff.Compare(Older, Newer, clock.Current);
        return Page();
    }
}
