using Cms.Abstractions.Media;
using Cms.Admin.Media;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Media;

/// <summary>
/// The media library: a folder's subfolders and files (paged, thumbnails for images), a search by name across every
/// folder, the upload form and folder creation. With <c>choisir=1</c> the same list is returned without the layout,
/// with a « Choisir » button per file, for the picker dialog of the media field's editor.
/// </summary>
[Authorize(Policy = MediaPolicies.ManageMedia)]
public sealed class IndexModel(MediaLibrary library, IMediaStore store, MediaOptions options, MediaSpace space, ContentAuthorizer authorizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "dossier")] public string? Folder { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "choisir")] public string? PickerFlag { get; set; }

    /// <summary>The picker dialog's list (<c>choisir=1</c>): no layout, a « Choisir » button per file.</summary>
    public bool Picker => PickerFlag is "1" or "true";

    public MediaPage Result { get; private set; } = null!;
    public bool CanDelete { get; private set; }
    public long MaxFileSize => options.MaxFileSize;
    /// <summary>Bytes used by every file of the library, against <see cref="Quota"/>.</summary>
    public long Used { get; private set; }
    public long Quota => space.Quota;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var folder = await library.FolderAsync(Folder, cancellationToken);
        if (folder is null) return NotFound();
        Folder = folder;
        Result = string.IsNullOrWhiteSpace(Search)
            ? await library.BrowseAsync(folder, PageNumber, cancellationToken)
            : await library.SearchAsync(Search, PageNumber, cancellationToken);
        CanDelete = !Picker && await authorizer.HasAsync(User, Permissions.DeleteMedia);
        Used = await space.UsedAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFolderAsync([FromForm(Name = "dossier")] string? parent, [FromForm(Name = "nom")] string? name, CancellationToken cancellationToken)
    {
        var folder = await library.FolderAsync(parent, cancellationToken);
        if (folder is null) return NotFound();
        var (path, error) = await library.CreateFolderAsync(folder, name, cancellationToken);
        if (path is null)
        {
            TempData[MediaMessages.ErrorsKey] = error;
            return Redirect(AdminRoutes.MediaFolder(folder));
        }
        TempData["Message"] = $"Le dossier « {path} » est créé.";
        return Redirect(AdminRoutes.MediaFolder(path));
    }

    public string PublicUrl(string path) => store.PublicUrl(path);

    /// <summary>The URL of this list with other parameters (the picker flag kept).</summary>
    public string ListUrl(string? folder = null, string? search = null, int page = 1)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(folder)) query.Add("dossier=" + Uri.EscapeDataString(folder));
        if (!string.IsNullOrWhiteSpace(search)) query.Add("q=" + Uri.EscapeDataString(search));
        if (page > 1) query.Add("p=" + page);
        if (Picker) query.Add("choisir=1");
        return AdminRoutes.Media + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>The folders from the root to <paramref name="folder"/>: (name, path).</summary>
    public static IEnumerable<(string Name, string Path)> Breadcrumb(string folder)
    {
        if (folder.Length == 0) yield break;
        var parts = folder.Split('/');
        for (var i = 0; i < parts.Length; i++) yield return (parts[i], string.Join('/', parts[..(i + 1)]));
    }
}
