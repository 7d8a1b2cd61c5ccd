using System.Net;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Rendering;

namespace Cms.Admin.Services;

/// <summary>
/// Renders an item exactly as its public page would be (the site theme's Detail display inside its layout, through
/// Cms.Display's renderer) and marks the page as a preview: a banner at the top of the body, and <c>noindex</c>.
/// </summary>
public sealed class PreviewRenderer(FluidPageRenderer renderer)
{
    /// <param name="shared">Opened through a share link: the banner says so and offers no way into the back office.</param>
    public async Task<string> RenderAsync(ContentItem item, CancellationToken cancellationToken, bool shared = false)
    {
        var meta = new PageMeta();
        var page = await renderer.RenderContentPageAsync(item, meta, cancellationToken);
        var banner =
            "<div role=\"status\" class=\"fr-notice fr-notice--info\" data-testid=\"preview-banner\"><div class=\"fr-container\"><div class=\"fr-notice__body\"><p class=\"fr-notice__title\">" +
            $"Aperçu — {(item.Published ? "version publiée" : "brouillon non publié")} de « {WebUtility.HtmlEncode(item.DisplayText)} ». " +
            (shared ? "Lien de prévisualisation partagé : cette page n'est pas publique." : $"<a href=\"{AdminRoutes.Edit(item.ContentItemId)}\" target=\"_top\">Revenir au formulaire</a>") +
            "</p></div></div></div>";
        page = Insert(page, "<head", ">", "<meta name=\"robots\" content=\"noindex, nofollow\">");
        return Insert(page, "<body", ">", banner);
    }

    /// <summary>Inserts <paramref name="html"/> right after the opening tag <paramref name="tag"/>, or at the start when there is none.</summary>
    private static string Insert(string page, string tag, string end, string html)
    {
        var at = page.IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        var close = at < 0 ? -1 : page.IndexOf(end, at, StringComparison.Ordinal);
        return close < 0 ? html + page : page[..(close + 1)] + html + page[(close + 1)..];
    }
}
