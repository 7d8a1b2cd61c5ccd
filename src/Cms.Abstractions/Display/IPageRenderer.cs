using Cms.Abstractions.Content;
using Microsoft.AspNetCore.Http;

namespace Cms.Abstractions.Display;

/// <summary>
/// Renders through the active site theme's Liquid templates. Pages are a named template (e.g. <c>Agenda</c> →
/// <c>Agenda.liquid</c>) inside <c>Layout.liquid</c>; content items are rendered with alternates, most specific
/// first: <c>Content-{Type}.{DisplayType}</c>, <c>Content-{Type}</c>, <c>Content.{DisplayType}</c>, <c>Content</c>.
/// </summary>
public interface IPageRenderer
{
    /// <summary>A whole page: <paramref name="template"/> rendered with <paramref name="model"/> (available as <c>Model</c>) inside the layout.</summary>
    Task<string> RenderPageAsync(string template, object? model, PageMeta meta, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same page as the response: <paramref name="template"/> rendered and the layout made ready (so
    /// <paramref name="meta"/> is complete when this returns, before any byte is written); the result writes the layout
    /// to the response as it renders (status from the meta, HTML in UTF-8), without a page-sized string.
    /// </summary>
    async Task<IResult> RenderPageResultAsync(string template, object? model, PageMeta meta, CancellationToken cancellationToken = default)
    {
        var html = await RenderPageAsync(template, model, meta, cancellationToken);
        return Utf8TextResult.Html(html, meta.StatusCode);
    }

    /// <summary>One content item in a display type (<c>Detail</c>, <c>Summary</c>), without the layout.</summary>
    Task<string> RenderContentAsync(ContentItem item, string displayType, PageMeta? meta = null, CancellationToken cancellationToken = default);
}

/// <summary>What the layout needs besides the body: title, description, canonical path, breadcrumb, extra head markup.</summary>
public sealed class PageMeta
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    /// <summary>Path of the page, starting with '/', used for the canonical link and OpenGraph URL.</summary>
    public string? CanonicalPath { get; set; }
    /// <summary>Absolute or site-relative URL of the OpenGraph image.</summary>
    public string? Image { get; set; }
    public string OpenGraphType { get; set; } = "website";
    public List<Breadcrumb> Breadcrumbs { get; } = [];
    /// <summary>JSON-LD documents to put in the head, as serialized JSON (the layout wraps each in a script element).</summary>
    public List<string> JsonLd { get; } = [];
    /// <summary>Alternate links (feeds, calendars): rel=alternate with type and title.</summary>
    public List<AlternateLink> Alternates { get; } = [];
    /// <summary>Ids of the content items the page shows, and content types it lists (for output cache tags).</summary>
    public HashSet<string> ContentItemIds { get; } = [];
    public HashSet<string> ContentTypes { get; } = [];
    public int StatusCode { get; set; } = 200;
    /// <summary>Asks search engines not to index the page (<c>&lt;meta name="robots" content="noindex"&gt;</c>), e.g. search results.</summary>
    public bool NoIndex { get; set; }
    /// <summary>
    /// The declared query parameters (<c>Cms:OutputCache:QueryKeys</c>: <c>page</c>, <c>theme</c>…) this page read and
    /// found usable: every value names something that exists (a theme's slug, a month, a page number in range). A page
    /// asked with a declared parameter it does not list here is answered without making an output-cache entry, so
    /// random values of a declared parameter render uncached instead of growing the cache.
    /// </summary>
    public HashSet<string> RecognisedQueryKeys { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>
    /// HTML placed in the layout's named zones (Orchard's <c>{% zone "Header" %}…{% endzone %}</c> in a page's template),
    /// rendered by the layout where it declares each zone (<c>{{ Zones.Header | raw }}</c>).
    /// </summary>
    public PageZones Zones { get; } = new();
}

/// <summary>The HTML of a page's named zones, in the order given (position, then arrival).</summary>
public sealed class PageZones
{
    private readonly Dictionary<string, List<(double Position, int Order, string Html)>> _zones = new(StringComparer.OrdinalIgnoreCase);
    private int _order;

    /// <summary>How many parts were placed in all zones.</summary>
    public int Count => _order;

    public void Add(string zone, string html, double position = 0)
    {
        if (!_zones.TryGetValue(zone, out var parts)) _zones[zone] = parts = [];
        parts.Add((position, _order++, html));
    }

    /// <summary>Each zone's HTML, its parts joined in order; a zone nothing was placed in is absent.</summary>
    public Dictionary<string, string> ToDictionary() =>
        _zones.ToDictionary(z => z.Key, z => string.Concat(z.Value.OrderBy(p => p.Position).ThenBy(p => p.Order).Select(p => p.Html)), StringComparer.OrdinalIgnoreCase);
}

public sealed record Breadcrumb(string Label, string? Path);

public sealed record AlternateLink(string Href, string Type, string Title);

/// <summary>Markdown to safe HTML, shared by the site and the back office; cached per content version.</summary>
public interface IMarkdownService
{
    /// <summary>Markdig with the advanced extensions, raw HTML allowed then sanitized, Kramdown attribute lists and Liquid tags handled.</summary>
    string ToHtml(string? markdown);
    /// <summary>The same as plain text (for descriptions, feeds, calendars).</summary>
    string ToPlainText(string? markdown);
}
