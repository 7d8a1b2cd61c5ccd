using Cms.Admin.Editors;
using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.Admin.Audit;
using Cms.Admin.Security;
using Cms.Admin.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>
/// Every version of an item with its number, who and when, and whether it was published; compare two; restore one
/// as a new draft after a confirmation.
/// </summary>
public sealed class HistoryModel(
    IContentManager contentManager, AuditTrailQuery audit, IPublishScheduler scheduler, ContentAuthorizer authorizer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    /// <summary>Newest first.</summary>
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];
    public ContentItem? Latest { get; private set; }
    public ItemStatus? Status { get; private set; }
    /// <summary>When each version was first made public, for the versions that were.</summary>
    public IReadOnlyDictionary<string, DateTime> Publications { get; private set; } = new Dictionary<string, DateTime>();
    public bool CanRestore { get; private set; }
    /// <summary>The version a restore waits to be confirmed for.</summary>
    public ContentItem? PendingRestore { get; private set; }

    /// <summary>The version's number as this page shows it: 1 for the oldest.</summary>
    public int Number(ContentItem version) => Versions.Count - Versions.ToList().FindIndex(v => v.ContentItemVersionId == version.ContentItemVersionId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.View, cancellationToken) is { } refused) return refused;
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string versionId, string? confirm, CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.Edit, cancellationToken) is { } refused) return refused;
        var version = Versions.FirstOrDefault(v => v.ContentItemVersionId == versionId);
        if (version is null) return NotFound();
        if (confirm != "oui")
        {
            PendingRestore = version;
            return Page();
        }
        await contentManager.RestoreAsync(versionId, cancellationToken);
        TempData["Message"] = $"La version n° {Number(version)} du {clock.Current.Display(version.ModifiedUtc)} est restaurée comme nouveau brouillon. " +
            (Status?.State is ItemState.Published or ItemState.PublishedWithDraft ? "La version publiée reste en ligne jusqu'à la prochaine publication." : "");
        return Redirect(AdminRoutes.Edit(Id));
    }

    private async Task<IActionResult?> LoadAsync(ContentAction action, CancellationToken cancellationToken)
    {
        var versions = await contentManager.ListVersionsAsync(Id, cancellationToken);
        if (versions.Count == 0) return NotFound();
        Versions = versions.Reverse().ToList();
        // A deleted item has no latest version any more: its history stays readable, its last version stands for it.
        Latest = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken) ?? Versions[0];
        if (!await authorizer.CanAsync(User, action, Latest)) return Forbid();
        CanRestore = await authorizer.CanAsync(User, ContentAction.Edit, Latest);
        var published = Versions.FirstOrDefault(v => v.Published);
        Publications = await audit.PublicationsAsync(Id, cancellationToken);
        Status = ItemStatus.Of(Latest, published?.ContentItemVersionId, await scheduler.ListAsync(Id, cancellationToken), Publications.Count > 0);
        return null;
    }
}
