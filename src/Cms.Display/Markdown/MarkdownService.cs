using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using AngleSharp.Html.Parser;
using Cms.Abstractions.Display;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace Cms.Display.Markdown;

/// <summary>
/// Markdown to safe HTML for the site and the back office. Steps: Liquid in the body removed
/// (<see cref="LiquidInBody"/>), Kramdown attribute lists turned into markers (<see cref="KramdownAttributes"/>),
/// Markdig with the advanced extensions and raw HTML, markers applied and old markup mapped to the DSFR
/// (<see cref="HtmlPostProcessor"/>), then HtmlSanitizer (<see cref="HtmlCleaner"/>). HTML nested deeper than
/// <see cref="HtmlNesting.MaxDepth"/> levels is not parsed at all (a notice is shown instead): its cost grows much faster
/// than its size. The result is cached by the
/// Markdown text itself, so a content version is rendered once whatever page shows it.
/// </summary>
public sealed partial class MarkdownService : IMarkdownService, IDisposable
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private readonly HtmlCleaner _cleaner;
    private readonly HtmlPostProcessor _postProcessor;
    private readonly MemoryCache _cache;
    private readonly HtmlParser _parser = new();

    public MarkdownService(MarkdownOptions options, MediaUrlResolver media)
    {
        _cleaner = new HtmlCleaner(options);
        _postProcessor = new HtmlPostProcessor(media);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheSizeLimit });
    }

    /// <summary>What a body whose HTML nests deeper than <see cref="HtmlNesting.MaxDepth"/> levels shows instead.</summary>
    internal static readonly string TooDeep =
        $"<p class=\"fr-text--sm\">Ce contenu n'est pas affiché : ses balises HTML sont imbriquées sur plus de {HtmlNesting.MaxDepth} niveaux.</p>";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        return _cache.GetOrCreate(("html", markdown), entry =>
        {
            var html = Render(markdown);
            entry.Size = html.Length * 2L + markdown.Length * 2L;
            return html;
        })!;
    }

    public string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        return _cache.GetOrCreate(("text", markdown), entry =>
        {
            var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + ToHtml(markdown) + "</body></html>");
            var text = Whitespace().Replace(document.Body!.TextContent, " ").Trim();
            entry.Size = text.Length * 2L + markdown.Length * 2L;
            return text;
        })!;
    }

    /// <summary>
    /// HTML written as HTML (an HTML field) through the same sanitizer as the bodies: "" when empty, the « too deep »
    /// notice when nested deeper than <see cref="HtmlNesting.MaxDepth"/> levels.
    /// </summary>
    public string SanitizeHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        return _cache.GetOrCreate(("clean", html), entry =>
        {
            var clean = HtmlNesting.Exceeds(html) ? TooDeep : _cleaner.Clean(html).Trim();
            entry.Size = clean.Length * 2L + html.Length * 2L;
            return clean;
        })!;
    }

    /// <summary>
    /// <see cref="SanitizeHtml"/> for the save paths, not cached: the clean HTML and what was removed as not allowed
    /// (each element or attribute named once, in order). HTML nested deeper than <see cref="HtmlNesting.MaxDepth"/>
    /// levels is not parsed: check <see cref="HtmlNesting.Exceeds"/> first.
    /// </summary>
    public HtmlCleaning CleanHtml(string html)
    {
        var removed = new List<string>();
        var clean = _cleaner.Clean(html, removed).Trim();
        return new HtmlCleaning(clean, removed.Distinct(StringComparer.Ordinal).ToList());
    }

    private string Render(string markdown)
    {
        var source = LiquidInBody.Strip(markdown.Replace("\r\n", "\n"));
        var lists = new List<AttributeList>();
        source = KramdownAttributes.Extract(source, lists);
        var html = Markdig.Markdown.ToHtml(source, Pipeline);
        if (HtmlNesting.Exceeds(html)) return TooDeep;
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        _postProcessor.Process(document.Body!, lists);
        return _cleaner.Clean(document.Body!.InnerHtml).Trim();
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>HTML after the site's sanitizer, and the elements and attributes it removed as not allowed.</summary>
public sealed record HtmlCleaning(string Html, IReadOnlyList<string> Removed);
