using Cms.Abstractions.Content;
using Cms.Admin.Services;
using Cms.Admin.Sharing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages;

/// <summary>
/// A preview opened through a share link, without an account: the item's latest version with the site's look,
/// while the link is neither expired nor revoked. Never cached, never indexed, never framed.
/// </summary>
public sealed class SharedPreviewModel(PreviewShares shares, IContentManager contentManager, PreviewRenderer renderer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XFrameOptions = "DENY";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var id = await shares.ResolveAsync(Token, cancellationToken);
        var item = id is null ? null : await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Content("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Lien expiré ou révoqué</title>" +
                "<meta name=\"robots\" content=\"noindex\"></head><body><main><h1>Ce lien de prévisualisation n'est plus valable</h1>" +
                "<p>Il a expiré ou a été révoqué. Demandez un nouveau lien à la personne qui vous l'a envoyé.</p></main></body></html>",
                "text/html; charset=utf-8");
        }
        return Content(await renderer.RenderAsync(item, cancellationToken, shared: true), "text/html; charset=utf-8");
    }
}
