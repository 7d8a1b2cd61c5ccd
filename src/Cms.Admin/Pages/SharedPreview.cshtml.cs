using System.Text.Encodings.Web;
using Cms.Abstractions.Content;
using Cms.Abstractions.Time;
using Cms.Admin.Services;
using Cms.Admin.Sharing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages;

/// <summary>
/// A preview opened through a share link, without an account: the item's latest version with the site's look,
/// while the link is neither expired nor revoked; otherwise a French page saying which (410 for an expired or revoked
/// link, 404 for an altered or unknown one). Never cached, never indexed, never framed.
/// </summary>
public sealed class SharedPreviewModel(PreviewShares shares, IContentManager contentManager, PreviewRenderer renderer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XFrameOptions = "DENY";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var link = await shares.ResolveAsync(Token, cancellationToken);
        var item = link.State == ShareLinkState.Valid ? await contentManager.GetAsync(link.ContentItemId!, VersionOptions.Latest, cancellationToken) : null;
        if (item is null)
        {
            var (status, title, text) = link.State switch
            {
                ShareLinkState.Expired => (StatusCodes.Status410Gone, "Ce lien de prévisualisation a expiré",
                    $"Il était valable jusqu'au {clock.Current.Format(link.ExpiresUtc!.Value)}. Demandez un nouveau lien à la personne qui vous l'a envoyé."),
                ShareLinkState.Revoked => (StatusCodes.Status410Gone, "Ce lien de prévisualisation a été révoqué",
                    "La personne qui l'a créé l'a désactivé. Demandez-lui un nouveau lien si vous devez encore voir ce contenu."),
                ShareLinkState.Valid => (StatusCodes.Status404NotFound, "Ce contenu n'existe plus",
                    "Le contenu que ce lien montrait a été supprimé."),
                _ => (StatusCodes.Status404NotFound, "Ce lien de prévisualisation n'est pas valable",
                    "Son adresse est incomplète ou a été modifiée. Vérifiez que vous l'avez copiée en entier, ou demandez un nouveau lien."),
            };
            Response.StatusCode = status;
            return Content(Page(title, text), "text/html; charset=utf-8");
        }
        return Content(await renderer.RenderAsync(item, cancellationToken, shared: true), "text/html; charset=utf-8");
    }

    private static string Page(string title, string text) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{HtmlEncoder.Default.Encode(title)}</title>" +
        $"<meta name=\"robots\" content=\"noindex\"></head><body><main><h1>{HtmlEncoder.Default.Encode(title)}</h1>" +
        $"<p>{HtmlEncoder.Default.Encode(text)}</p></main></body></html>";
}
