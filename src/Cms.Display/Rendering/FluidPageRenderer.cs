using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display.Caching;
using Cms.Display.Liquid;
using Cms.Display.Markdown;
using Cms.Display.Themes;
using Fluid;
using Fluid.Values;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Rendering;

/// <summary>
/// <see cref="IPageRenderer"/> with Fluid. A content item gets a model (see <see cref="BuildContentModelAsync"/>) and
/// the first template among its alternates; a page is its template inside <c>Layout</c>. Templates see <c>Model</c>,
/// <c>Site</c>, <c>Meta</c>, <c>Page</c>, <c>Request</c> and <c>Theme</c>; values are HTML-encoded unless <c>| raw</c>.
/// </summary>
public sealed class FluidPageRenderer(
    TemplateStore templates,
    DisplayTemplateOptions fluid,
    SiteTheme theme,
    IMarkdownService markdown,
    MediaUrlResolver media,
    ContentBodyCache bodies,
    ContentShapeBuilder shapes,
    IServiceProvider services,
    SharedTemplateContextOptions? sharedContext = null) : IPageRenderer
{
    private SiteSettings? _site;
    private IReadOnlyList<NavigationLink>? _navigation;
    private TimeZoneInfo? _timeZone;
    private LoadedTemplate? _preview;
    // What every template of this scope sees the same, resolved or built once instead of for each template.
    private IHttpContextAccessor? _httpAccessor;
    private (HttpContext? Http, string Path, RequestInfo Info)? _request;
    private IContentDefinitionManager? _definitions;
    private PublishedContent? _published;
    private DisplayDrivers? _drivers;
    private INavigationMenuSource[]? _menuSources;
    private ILayoutZoneSource[]? _zoneSources;
    private FluidValue? _themeValue;
    private (object? Source, FluidValue Value) _siteValue, _metaValue, _requestValue;
    // One Fluid context for the templates of this scope (Cms:SharedTemplateContext): see EnterShared.
    private TemplateContext? _shared;
    private bool _sharedInUse;
    private (object? Site, object? Meta, object? Request) _rootSources;

    /// <summary>
    /// Renders with <paramref name="template"/> in place of the template of the same name, for this renderer's scope
    /// (the back office's preview of a stored template before it is saved).
    /// </summary>
    public void UsePreviewTemplate(LoadedTemplate template) => _preview = template;

    private LoadedTemplate? FindTemplate(string name) =>
        _preview is { } preview && string.Equals(preview.Name, name, StringComparison.Ordinal) ? preview : templates.Find(name);

    public async Task<string> RenderPageAsync(string template, object? model, PageMeta meta, CancellationToken cancellationToken = default)
    {
        var (layout, context, body) = await PreparePageAsync(template, model, meta, cancellationToken);
        return await RenderAsync(layout, null, context, body);
    }

    public async Task<IResult> RenderPageResultAsync(string template, object? model, PageMeta meta, CancellationToken cancellationToken = default)
    {
        var (layout, context, body) = await PreparePageAsync(template, model, meta, cancellationToken);
        return new LayoutResult(this, layout, context, body);
    }

    /// <summary>A page's template rendered (its body) and the layout made ready around it.</summary>
    private async Task<(LoadedTemplate Layout, RenderContext Context, string Body)> PreparePageAsync(
        string template, object? model, PageMeta meta, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(meta, cancellationToken);
        var page = FindTemplate(template)
            ?? throw new InvalidOperationException($"Template '{template}' not found in {theme.ViewsDirectory} nor in the modules' embedded Views.");
        var body = await RenderAsync(page, model, context);
        var (layout, layoutContext) = await PrepareLayoutAsync(context, cancellationToken);
        return (layout, layoutContext, body);
    }

    /// <summary>A page whose body is rendered and whose layout is ready: the layout written to the response.</summary>
    private sealed class LayoutResult(FluidPageRenderer renderer, LoadedTemplate layout, RenderContext context, string body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => renderer.WriteLayoutAsync(layout, context, body, httpContext.Response);
    }

    public async Task<string> RenderContentAsync(ContentItem item, string displayType, PageMeta? meta = null, CancellationToken cancellationToken = default)
    {
        meta ??= new PageMeta();
        var context = await ContextAsync(meta, cancellationToken);
        var template = FindContentTemplate(item.ContentType, displayType);
        var model = await BuildContentModelAsync(item, displayType, meta, context, template.UsesShapes, cancellationToken);
        return await RenderAsync(template, model, context);
    }

    /// <summary>A whole page for one content item: its Detail display inside the layout (used by the catch-all route).</summary>
    public async Task<string> RenderContentPageAsync(ContentItem item, PageMeta meta, CancellationToken cancellationToken = default)
    {
        meta.Title ??= item.DisplayText;
        meta.CanonicalPath ??= ContentPaths.UrlOf(item);
        meta.ContentItemIds.Add(item.ContentItemId);
        var body = await RenderContentAsync(item, "Detail", meta, cancellationToken);
        return await RenderLayoutAsync(body, await ContextAsync(meta, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A named template (a shape's type, Orchard's <c>"Type" | shape_new</c>) rendered with <paramref name="model"/>
    /// as <c>Model</c>, without the layout; null when no template has that name.
    /// </summary>
    public async Task<string?> RenderTemplateAsync(string name, object? model, PageMeta meta, CancellationToken cancellationToken = default)
    {
        if (FindTemplate(name) is not { } template) return null;
        return await RenderAsync(template, model, await ContextAsync(meta, cancellationToken));
    }

    private LoadedTemplate FindContentTemplate(string contentType, string displayType)
    {
        foreach (var name in ContentAlternates(contentType, displayType))
        {
            if (FindTemplate(name) is { } template) return template;
        }
        throw new InvalidOperationException($"No content template for {contentType} ({displayType}): not even Content.liquid.");
    }

    public static IEnumerable<string> ContentAlternates(string contentType, string displayType) =>
    [
        $"Content-{contentType}.{displayType}",
        $"Content-{contentType}",
        $"Content.{displayType}",
        "Content",
    ];

    /// <summary>
    /// The model of a content template: <c>ContentItem</c> (the item's JSON, read from the item: <see cref="ContentItemJson"/>), <c>ContentItemId</c>, <c>ContentType</c>,
    /// <c>DisplayType</c>, <c>DisplayText</c>, <c>Path</c>/<c>Url</c>, <c>Body</c> (sanitized HTML of MarkdownBodyPart,
    /// rendered once per version), <c>Parts</c>/<c>Shapes</c>/<c>Zones</c> (the shapes of the display drivers, see <see cref="ContentShapeBuilder"/>). What a part's or field's kind adds
    /// comes from its display driver, as shapes. Parts and shapes are rendered only when
    /// <paramref name="withShapes"/> (the content template reads them).
    /// </summary>
    public async Task<Dictionary<string, object?>> BuildContentModelAsync(
        ContentItem item, string displayType, PageMeta meta, RenderContext context, bool withShapes, CancellationToken cancellationToken)
    {
        var url = ContentPaths.UrlOf(item);
        // The Markdown text is read from the JSON only when the body is not rendered yet (a body can be long).
        var bodyNode = item.GetPart("MarkdownBodyPart")?["Markdown"];
        // Sized for its 13 values (with Parts, Shapes and Zones), so that filling it does not grow it.
        var model = new Dictionary<string, object?>(13, StringComparer.Ordinal)
        {
            ["ContentItem"] = new ContentItemJson(item),
            ["ContentItemId"] = item.ContentItemId,
            ["ContentType"] = item.ContentType,
            ["DisplayType"] = displayType,
            ["DisplayText"] = item.DisplayText,
            ["Path"] = url,
            ["Url"] = url,
            ["PublishedUtc"] = item.PublishedUtc,
            ["ModifiedUtc"] = item.ModifiedUtc,
            ["Body"] = bodyNode is null ? ""
                // Nested (bag) items and unsaved previews have no version id: the Markdown service's own cache serves them.
                : string.IsNullOrEmpty(item.ContentItemVersionId) ? markdown.ToHtml(bodyNode.GetValue<string>())
                : bodies.GetOrAdd(item.ContentItemVersionId + ":MarkdownBodyPart", () => markdown.ToHtml(bodyNode.GetValue<string>())),
        };
        if (withShapes)
        {
            var shapeResult = await shapes.BuildAsync(item, displayType, model, meta, _definitions ??= services.GetService<IContentDefinitionManager>(),
                _drivers ??= new DisplayDrivers(services),
                (template, shapeModel) => RenderAsync(template, shapeModel, context, trimmed: true),
                ids => (_published ??= services.GetRequiredService<PublishedContent>()).GetManyAsync(ids, cancellationToken),
                async nested =>
                {
                    var nestedTemplate = FindContentTemplate(nested.ContentType, displayType);
                    var nestedModel = await BuildContentModelAsync(nested, displayType, meta, context, nestedTemplate.UsesShapes, cancellationToken);
                    return await RenderAsync(nestedTemplate, nestedModel, context);
                },
                cancellationToken);
            model["Parts"] = shapeResult.Ordered;
            model["Shapes"] = shapeResult.ByName;
            model["Zones"] = shapeResult.Zones;
        }
        else
        {
            model["Parts"] = new List<string>();
            model["Shapes"] = new Dictionary<string, object?>();
            model["Zones"] = new Dictionary<string, List<string>>();
        }
        return model;
    }

    public async Task<RenderContext> ContextAsync(PageMeta meta, CancellationToken cancellationToken)
    {
        _site ??= services.GetService<ISiteSettingsStore>() is { } store ? await store.GetForReadingAsync(cancellationToken) : new SiteSettings();
        _navigation ??= NavigationServiceCollectionExtensions.Build(services.GetServices<INavigationProvider>());
        return new RenderContext(_site, meta, CurrentRequest(), theme, _navigation);
    }

    /// <summary>The request's path and origin, built again only when the request or its path changed.</summary>
    private RequestInfo CurrentRequest()
    {
        var http = (_httpAccessor ??= services.GetService<IHttpContextAccessor>())?.HttpContext;
        var path = http is null ? "/" : http.Request.Path.HasValue ? http.Request.Path.Value! : "/";
        if (_request is { } known && ReferenceEquals(known.Http, http) && string.Equals(known.Path, path, StringComparison.Ordinal)) return known.Info;
        var info = new RequestInfo(path, http is null ? null : $"{http.Request.Scheme}://{http.Request.Host}");
        _request = (http, path, info);
        return info;
    }

    /// <summary>The main and footer navigations the menu sources have (each source records what it read in <paramref name="meta"/>).</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<NavigationMenuLink>>?> MenusAsync(PageMeta meta, CancellationToken cancellationToken)
    {
        var sources = _menuSources ??= services.GetServices<INavigationMenuSource>().ToArray();
        if (sources.Length == 0) return null;
        var menus = new Dictionary<string, IReadOnlyList<NavigationMenuLink>>(StringComparer.Ordinal);
        foreach (var name in (string[])[NavigationMenus.Main, NavigationMenus.Footer])
        {
            foreach (var source in sources)
            {
                if (await source.GetAsync(name, meta, cancellationToken) is not { } links) continue;
                menus[name] = links;
                break;
            }
        }
        return menus;
    }

    /// <summary>
    /// <see cref="RenderContentPageAsync"/> written to <paramref name="response"/> (status from the meta, HTML in UTF-8)
    /// as the layout renders, instead of building the whole page as one string first (a page is often beyond the
    /// large object heap's threshold). Nothing is written before the item's display and the layout's zones are done.
    /// </summary>
    public async Task WriteContentPageAsync(ContentItem item, PageMeta meta, HttpResponse response, CancellationToken cancellationToken = default)
    {
        meta.Title ??= item.DisplayText;
        meta.CanonicalPath ??= ContentPaths.UrlOf(item);
        meta.ContentItemIds.Add(item.ContentItemId);
        var body = await RenderContentAsync(item, "Detail", meta, cancellationToken);
        var (layout, context) = await PrepareLayoutAsync(await ContextAsync(meta, cancellationToken), cancellationToken);
        await WriteLayoutAsync(layout, context, body, response);
    }

    /// <summary>The layout around <paramref name="body"/> written to <paramref name="response"/> as it renders (status from the meta, HTML in UTF-8).</summary>
    private async Task WriteLayoutAsync(LoadedTemplate layout, RenderContext context, string body, HttpResponse response)
    {
        response.StatusCode = context.Meta.StatusCode;
        response.ContentType = Utf8TextResult.HtmlContentType;
        await using var writer = new HttpResponseStreamWriter(response.Body, Utf8);
        await WriteAsync(layout, null, context, writer, body);
        await writer.FlushAsync();
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private async Task<string> RenderLayoutAsync(string body, RenderContext context, CancellationToken cancellationToken)
    {
        var (layout, layoutContext) = await PrepareLayoutAsync(context, cancellationToken);
        return await RenderAsync(layout, null, layoutContext, body);
    }

    /// <summary>The layout and its context: the menus found and the layout's zones filled (widgets…).</summary>
    private async Task<(LoadedTemplate Layout, RenderContext Context)> PrepareLayoutAsync(RenderContext context, CancellationToken cancellationToken)
    {
        context = context with { Menus = await MenusAsync(context.Meta, cancellationToken) };
        foreach (var source in _zoneSources ??= services.GetServices<ILayoutZoneSource>().ToArray())
        {
            await source.AddAsync(context.Meta, cancellationToken);
        }
        var layout = FindTemplate("Layout")
            ?? throw new InvalidOperationException($"Template 'Layout' not found in {theme.ViewsDirectory} nor in the modules' embedded Views.");
        return (layout, context);
    }

    /// <param name="trimmed">Without the white space around the HTML (as <see cref="string.Trim()"/> would remove it),
    /// cut from the buffer instead of copying the whole text a second time.</param>
    private async Task<string> RenderAsync(LoadedTemplate template, object? model, RenderContext context, string? body = null, bool trimmed = false)
    {
        var buffer = RenderBuffers.Rent();
        try
        {
            await WriteAsync(template, model, context, new StringWriter(buffer, CultureInfo.InvariantCulture), body);
            return trimmed ? RenderBuffers.TrimmedText(buffer) : buffer.ToString();
        }
        finally
        {
            RenderBuffers.Return(buffer);
        }
    }

    private async Task WriteAsync(LoadedTemplate template, object? model, RenderContext context, TextWriter writer, string? body = null)
    {
        // A template rendered while another renders (a shape from a filter) gets a context of its own.
        var shared = (sharedContext?.Enabled ?? true) && !_sharedInUse;
        var templateContext = shared ? EnterShared(context) : NewTemplateContext();
        var released = false;
        try
        {
            SetValues(templateContext, template, model, context, body);
            await template.Template.RenderAsync(writer, fluid.Encoder, templateContext);
            if (shared) templateContext.ReleaseScope();
            released = true;
        }
        catch (Exception e) when (e is not OperationCanceledException and not TemplateRenderException)
        {
            throw new TemplateRenderException($"Template {template.Origin}: {e.Message}", e);
        }
        finally
        {
            // A rendering that failed may have left scopes open: the next template starts from a new context.
            if (shared && !released) _shared = null;
            _sharedInUse &= !shared;
        }
    }

    private TemplateContext NewTemplateContext()
    {
        var templateContext = new TemplateContext(fluid.Options);
        _timeZone ??= services.GetService<ISiteClock>()?.Current.TimeZone ?? fluid.Options.TimeZone;
        templateContext.TimeZone = _timeZone;
        templateContext.AmbientValues[DisplayFilters.MarkdownKey] = markdown;
        templateContext.AmbientValues[DisplayFilters.MediaKey] = media;
        templateContext.AmbientValues[LiquidServices.ServicesKey] = services;
        return templateContext;
    }

    /// <summary>Where Fluid's <c>ifchanged</c> keeps its last value (an ambient value: it would outlive the template).</summary>
    private const string IfChangedKey = "$$ifchanged$$";

    /// <summary>
    /// The scope's one context, entered for a template: each template renders in a child scope of the root (which
    /// holds <c>Site</c>, <c>Meta</c>, <c>Request</c> and <c>Theme</c> as the first template saw them), released after
    /// it, so that what a template sets (<c>assign</c>, <c>capture</c>, <c>increment</c>, <c>cycle</c>) never reaches
    /// another, as with a context of its own (Orchard's <c>LiquidViewTemplate</c> enters a child scope the same way);
    /// the ambient values a template leaves (its <c>Page</c>, <c>ifchanged</c>) are removed.
    /// </summary>
    private TemplateContext EnterShared(RenderContext context)
    {
        if (_shared is not { } templateContext)
        {
            _shared = templateContext = NewTemplateContext();
            _rootSources = (context.Site, context.Meta, context.Request);
            SetShared(templateContext, context);
        }
        templateContext.AmbientValues.Remove(KeptTag.PageKey);
        templateContext.AmbientValues.Remove(IfChangedKey);
        templateContext.EnterChildScope();
        _sharedInUse = true;
        return templateContext;
    }

    /// <summary>The values every template sees; in the shared context, those the root already holds are not set again.</summary>
    private void SetValues(TemplateContext templateContext, LoadedTemplate template, object? model, RenderContext context, string? body)
    {
        templateContext.AmbientValues[ZoneTag.MetaKey] = context.Meta;
        templateContext.SetValue("Model", model);
        // Computed from the meta as it stands when this template starts, for the templates that can read it (the layout).
        if (template.UsesPage)
        {
            var page = PageValues.For(context);
            templateContext.SetValue("Page", page);
            templateContext.AmbientValues[KeptTag.PageKey] = page;
        }
        if (!ReferenceEquals(_shared, templateContext)) SetShared(templateContext, context);
        else
        {
            // A template of the same scope given other values than the root holds sees its own.
            if (!ReferenceEquals(_rootSources.Site, context.Site)) templateContext.SetValue("Site", Shared(ref _siteValue, context.Site, site => site));
            if (!ReferenceEquals(_rootSources.Meta, context.Meta)) templateContext.SetValue("Meta", Shared(ref _metaValue, context.Meta, meta => meta));
            if (!ReferenceEquals(_rootSources.Request, context.Request)) templateContext.SetValue("Request", RequestValue(context));
        }
        if (body is not null)
        {
            templateContext.SetValue("Body", body);
            templateContext.SetValue("Zones", context.Meta.Zones.ToDictionary());
        }
    }

    private void SetShared(TemplateContext templateContext, RenderContext context)
    {
        templateContext.SetValue("Site", Shared(ref _siteValue, context.Site, site => site));
        templateContext.SetValue("Meta", Shared(ref _metaValue, context.Meta, meta => meta));
        templateContext.SetValue("Request", RequestValue(context));
        templateContext.SetValue("Theme", _themeValue ??= FluidValue.Create(new Dictionary<string, object?>
        {
            ["Name"] = context.Theme.Name,
            ["DsfrBase"] = context.Theme.DsfrBaseUrl,
            ["AssetsBase"] = context.Theme.AssetsBaseUrl,
        }, fluid.Options));
    }

    private FluidValue RequestValue(RenderContext context) =>
        Shared(ref _requestValue, context.Request, request => new Dictionary<string, object?> { ["Path"] = request.Path });

    /// <summary>
    /// The template value of <paramref name="source"/> (what <c>SetValue</c> would make of <paramref name="value"/>'s
    /// result), made again only when the source changed: the templates of one request share it.
    /// </summary>
    private FluidValue Shared<T>(ref (object? Source, FluidValue Value) kept, T source, Func<T, object> value) where T : class
    {
        if (kept.Value is not null && ReferenceEquals(kept.Source, source)) return kept.Value;
        kept = (source, FluidValue.Create(value(source), fluid.Options));
        return kept.Value;
    }
}

/// <summary>A template failed while rendering; the message names the template's file.</summary>
public sealed class TemplateRenderException(string message, Exception inner) : Exception(message, inner);
