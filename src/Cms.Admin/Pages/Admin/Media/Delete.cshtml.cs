using Cms.Abstractions.Media;
using Cms.Admin.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Media;

/// <summary>
/// Deletes a file of the library, only when no content item uses it (latest or published version, in a media field
/// or a link in a text): otherwise the deletion is refused and the items are listed with links to their edit pages.
/// The check is made again when the deletion is confirmed.
/// </summary>
[Authorize(Policy = MediaPolicies.DeleteMedia)]
public sealed class DeleteModel(IMediaLibraryStore store, MediaUsageFinder usages, MediaSpace space, MediaAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "chemin")] public string? Path { get; set; }

    public MediaEntry? Entry { get; private set; }
    public IReadOnlyList<MediaUsage> Usages { get; private set; } = [];
    public string Folder => Path is null ? "" : string.Join('/', Path.Split('/')[..^1]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        if (Usages.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (await store.DeleteAsync(Entry!.Path, cancellationToken)) space.Release(Entry.Length);
        await audit.RecordAsync(MediaAudit.Deleted, Entry.Path, MediaOptions.Describe(Entry.Length), cancellationToken);
        TempData["Message"] = $"« {Entry.Path} » est supprimé.";
        return Redirect(AdminRoutes.MediaFolder(Folder));
    }

    public string PublicUrl => store.PublicUrl(Entry!.Path);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!MediaLibrary.IsSafePath(Path)) return NotFound();
        Entry = await store.GetEntryAsync(Path!, cancellationToken);
        if (Entry is null || Entry.IsFolder) return NotFound();
        Usages = await usages.FindAsync(Entry.Path, cancellationToken);
        return null;
    }
}
