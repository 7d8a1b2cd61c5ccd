using Cms.Abstractions.Content;
using Cms.Admin.Services;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>The latest version (draft or published) rendered by the site theme, as visitors would see it once published.</summary>
public sealed class PreviewModel(IContentManager contentManager, PreviewRenderer renderer, ContentAuthorizer authorizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "version")] public string? VersionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var item = VersionId is null
            ? await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken)
            : await contentManager.GetVersionAsync(VersionId, cancellationToken);
        if (item is null || item.ContentItemId != Id) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, item)) return Forbid();
        var html = await renderer.RenderAsync(item, cancellationToken);
        // Shown in a frame by the preview page (mobile, tablet, desktop widths), never by another site.
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(html, "text/html; charset=utf-8");
    }
}
