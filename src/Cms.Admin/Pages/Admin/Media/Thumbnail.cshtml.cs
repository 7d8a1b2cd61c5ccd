using Cms.Admin.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Media;

/// <summary>The thumbnail of an image of the library (WebP, made on first request), or 404.</summary>
[Authorize(Policy = MediaPolicies.ManageMedia)]
public sealed class ThumbnailModel(MediaThumbnails thumbnails) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "chemin")] string? path, CancellationToken cancellationToken)
    {
        var file = path is null ? null : await thumbnails.GetAsync(path.Trim('/'), cancellationToken);
        return file is null ? NotFound() : PhysicalFile(file, MediaThumbnails.ContentType);
    }
}
