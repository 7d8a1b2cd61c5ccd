using System.Net;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;

namespace Cms.Admin.Services;

/// <summary>
/// Renders an item's Detail display with the site theme (IPageRenderer) and marks the page as a preview: a banner
/// at the top, and <c>noindex</c>.
/// </summary>
public static class PreviewRenderer
{
    public static async Task<string> RenderAsync(IPageRenderer renderer, ContentItem item, CancellationToken cancellationToken)
    {
        var path = item.As<AutoroutePart>()?.Path;
        var meta = new PageMeta { Title = item.DisplayText, CanonicalPath = path is null ? null : "/" + path };
        var body = await renderer.RenderContentAsync(item, "Detail", meta, cancellationToken);
        var banner =
            "<div role=\"status\" data-testid=\"preview-banner\" style=\"background:#fff4f3;border-bottom:2px solid #ce0500;padding:.5rem 1rem;font-family:Marianne,Arial,sans-serif\">" +
            $"<strong>Aperçu</strong> — {(item.Published ? "version publiée" : "brouillon non publié")} de « {WebUtility.HtmlEncode(item.DisplayText)} ». " +
            $"<a href=\"{AdminRoutes.Edit(item.ContentItemId)}\">Revenir au formulaire</a></div>";
        var page = await renderer.RenderPageAsync(PreviewTemplate, new Dictionary<string, object?> { ["Html"] = body }, meta, cancellationToken);
        if (page.Contains(PreviewMarker, StringComparison.Ordinal))
        {
            var at = page.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
            var close = at < 0 ? -1 : page.IndexOf('>', at);
            return close < 0 ? banner + page : page[..(close + 1)] + banner + page[(close + 1)..];
        }
        return $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"><title>Aperçu — {WebUtility.HtmlEncode(item.DisplayText)}</title></head><body>{banner}{body}</body></html>";
    }

    /// <summary>A page template of the site theme that outputs <c>Model.Html</c> raw inside the layout.</summary>
    public const string PreviewTemplate = "Preview";

    private const string PreviewMarker = "data-cms-preview";
}
