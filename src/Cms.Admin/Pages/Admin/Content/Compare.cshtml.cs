using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin.History;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>
/// A readable line diff between two versions of the same item (older first), each value named as the form names
/// it, the versions by number and date as the history shows them.
/// </summary>
public sealed class CompareModel(IContentManager contentManager, IContentDefinitionManager definitions, ContentAuthorizer authorizer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "de")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "a")] public string? To { get; set; }

    public ContentItem? Older { get; private set; }
    public ContentItem? Newer { get; private set; }
    public int OlderNumber { get; private set; }
    public int NewerNumber { get; private set; }
    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (From is null || To is null) return Redirect(AdminRoutes.History(Id));
        var versions = await contentManager.ListVersionsAsync(Id, cancellationToken);
        var from = versions.FirstOrDefault(v => v.ContentItemVersionId == From);
        var to = versions.FirstOrDefault(v => v.ContentItemVersionId == To);
        if (from is null || to is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, to)) return Forbid();
        (Older, Newer) = (from.ModifiedUtc ?? DateTime.MinValue) <= (to.ModifiedUtc ?? DateTime.MinValue) ? (from, to) : (to, from);
        OlderNumber = VersionNumber(versions, Older);
        NewerNumber = VersionNumber(versions, Newer);
        Lines = VersionDiff.Compare(Older, Newer, clock.Current, new ContentLabels(await definitions.LoadAsync(cancellationToken)));
        return Page();
    }

    /// <summary>The number the history shows: 1 for the oldest version.</summary>
    private static int VersionNumber(IReadOnlyList<ContentItem> versions, ContentItem version) =>
        versions.ToList().FindIndex(v => v.ContentItemVersionId == version.ContentItemVersionId) + 1;
}
