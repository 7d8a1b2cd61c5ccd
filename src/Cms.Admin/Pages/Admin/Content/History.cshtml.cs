using Cms.Admin.Editors;
using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>Every version of an item with who and when; compare two; restore one as a new draft.</summary>
public sealed class HistoryModel(IContentManager contentManager, ContentAuthorizer authorizer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    /// <summary>Newest first.</summary>
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];
    public ContentItem? Latest { get; private set; }
    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.View, cancellationToken) is { } refused) return refused;
        CanRestore = await authorizer.CanAsync(User, ContentAction.Edit, Latest!);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string versionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.Edit, cancellationToken) is { } refused) return refused;
        var version = Versions.FirstOrDefault(v => v.ContentItemVersionId == versionId);
        if (version is null) return NotFound();
        await contentManager.RestoreAsync(versionId, cancellationToken);
        TempData["Message"] = $"La version du {clock.Current.Display(version.ModifiedUtc)} est restaurée comme nouveau brouillon.";
        return Redirect(AdminRoutes.Edit(Id));
    }

    private async Task<IActionResult?> LoadAsync(ContentAction action, CancellationToken cancellationToken)
    {
        var versions = await contentManager.ListVersionsAsync(Id, cancellationToken);
        if (versions.Count == 0) return NotFound();
        Versions = versions.Reverse().ToList();
        // A deleted item has no latest version any more: its history stays readable, its last version stands for it.
        Latest = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken) ?? Versions[0];
        return await authorizer.CanAsync(User, action, Latest) ? null : Forbid();
    }
}
