using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Media;
using Cms.Abstractions.Settings;
using Cms.Abstractions.Text;
using Cms.Display.Caching;
using Cms.Display.Markdown;
using Cms.Display.Rendering;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Display.Liquid;

/// <summary>
/// The filters of Orchard Core's Liquid vocabulary that belong to the display core (each as Orchard's means it):
/// <c>display_text</c>, <c>display_url</c>, <c>sanitize_html</c>, <c>t</c>, <c>local</c>, <c>utc</c>, <c>date_time</c>,
/// <c>slugify</c>, <c>json</c>, <c>jsonparse</c>, <c>liquid</c>, <c>href</c>, <c>absolute_url</c>, <c>append_version</c>,
/// <c>html_class</c>, and the shapes' <c>shape_new</c>, <c>shape_properties</c>, <c>shape_build_display</c>,
/// <c>shape_render</c> (alias <c>shape_stringify</c>), rendered through the site's one display pipeline
/// (<see cref="FluidPageRenderer"/>). A filter that cannot do its job gives nil (renders nothing) and logs a warning;
/// it never fails the page.
/// </summary>
public static class OrchardLiquidFilters
{
    /// <summary>How deep <c>shape_render</c> may nest (an item rendering itself would never end).</summary>
    public const int MaxShapeDepth = 8;

    private static readonly AsyncLocal<int> ShapeDepth = new();

    public static void Register(TemplateOptions options)
    {
        var filters = options.Filters;
        filters.AddFilter("display_text", (input, _, context) => Done(DisplayText(input, context)));
        filters.AddFilter("display_url", DisplayUrlAsync);
        filters.AddFilter("sanitize_html", (input, _, context) =>
            Done(context.AmbientValues.TryGetValue(DisplayFilters.MarkdownKey, out var found) && found is MarkdownService markdown
                ? new StringValue(markdown.SanitizeHtml(input.ToStringValue()), encode: false)
                : Warn(context, "sanitize_html", "the site's HTML sanitizer is not in the template context")));
        filters.AddFilter("t", (input, arguments, context) => Done(Localize(input, arguments, context)));
        filters.AddFilter("local", (input, _, context) => Done(ToZone(input, context, context.TimeZone, "local")));
        filters.AddFilter("utc", (input, _, context) => Done(ToUtc(input, context)));
        filters.AddFilter("date_time", (input, arguments, context) =>
        {
            if (ToZone(input, context, context.TimeZone, "date_time") is not DateTimeValue local) return Done(NilValue.Instance);
            var format = arguments.HasNamed("format") ? arguments["format"] : arguments.At(0);
            var text = ((DateTimeOffset)local.ToObjectValue()).ToString(format.IsNil() ? "d MMMM yyyy" : format.ToStringValue(), context.CultureInfo);
            return Done(new StringValue(text));
        });
        filters.AddFilter("slugify", (input, _, _) => Done(new StringValue(TextNormalizer.Slug(input.ToStringValue()))));
        filters.AddFilter("json", (input, arguments, context) =>
            Done(new StringValue(ToJson(input, context)?.ToJsonString(new JsonSerializerOptions { WriteIndented = arguments.At(0).ToBooleanValue() }) ?? "null")));
        filters.AddFilter("jsonparse", (input, _, context) =>
        {
            try
            {
                return Done(JsonNodeValues.Convert(JsonNode.Parse(input.ToStringValue()), context.Options));
            }
            catch (JsonException e)
            {
                return Done(Warn(context, "jsonparse", $"the text is not JSON ({e.Message})"));
            }
        });
        filters.AddFilter("liquid", LiquidAsync);
        filters.AddFilter("href", (input, _, context) => Done(new StringValue(Href(input.ToStringValue(), context))));
        filters.AddFilter("absolute_url", (input, _, context) => Done(AbsoluteUrl(input.ToStringValue(), context)));
        filters.AddFilter("append_version", AppendVersionAsync);
        filters.AddFilter("html_class", (input, _, _) => Done(new StringValue(HtmlClass(input.ToStringValue()))));
        filters.AddFilter("shape_new", (input, arguments, context) =>
        {
            var type = input.ToStringValue();
            if (string.IsNullOrWhiteSpace(type)) return Done(Warn(context, "shape_new", "the shape needs a type (\"Type\" | shape_new)"));
            var shape = new LiquidShape(type.Trim());
            shape.Add(arguments);
            return Done(new DictionaryValue(shape));
        });
        filters.AddFilter("shape_properties", (input, arguments, context) =>
        {
            if (input.ToObjectValue() is not LiquidShape shape) return Done(Warn(context, "shape_properties", "its input is not a shape"));
            shape.Add(arguments);
            return Done(input);
        });
        filters.AddFilter("shape_build_display", (input, arguments, context) =>
        {
            if (Item(input) is not { } item) return Done(Warn(context, "shape_build_display", "its input is not a content item"));
            var displayType = arguments.At(0).IsNil() ? "Detail" : arguments.At(0).ToStringValue();
            return Done(new DictionaryValue(new LiquidShape("Content", displayType, item)));
        });
        filters.AddFilter("shape_render", ShapeRenderAsync);
        filters.AddFilter("shape_stringify", ShapeRenderAsync);
    }

    private static ValueTask<FluidValue> Done(FluidValue value) => new(value);

    /// <summary>Logs that <paramref name="filter"/> could not do its job (naming why) and gives nil.</summary>
    public static FluidValue Warn(TemplateContext context, string filter, string reason)
    {
        Services(context)?.GetService<ILoggerFactory>()?.CreateLogger("Cms.Display.Liquid")
            .LogWarning("Liquid filter {Filter} rendered nothing: {Reason}.", filter, reason);
        return NilValue.Instance;
    }

    private static IServiceProvider? Services(TemplateContext context) =>
        context.AmbientValues.TryGetValue(LiquidServices.ServicesKey, out var found) ? found as IServiceProvider : null;

    /// <summary>The item a value stands for: <c>Model.ContentItem</c>, an item nested in JSON (a copy), or a shape built from one.</summary>
    private static ContentItem? Item(FluidValue input) => JsonNodeValues.Underlying(input) switch
    {
        ContentItem item => item,
        JsonObject json when JsonNodeValues.IsContentItem(json) => ContentItem.FromJson(json),
        _ => input.ToObjectValue() is LiquidShape { Item: { } shaped } ? shaped : null,
    };

    private static FluidValue DisplayText(FluidValue input, TemplateContext context) => JsonNodeValues.Underlying(input) switch
    {
        ContentItem item => item.DisplayText is { } text ? new StringValue(text) : NilValue.Instance,
        JsonObject json when JsonNodeValues.IsContentItem(json) => JsonNodeValues.Convert(json["DisplayText"], context.Options),
        _ => Warn(context, "display_text", "its input is not a content item"),
    };

    private static async ValueTask<FluidValue> DisplayUrlAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var item = JsonNodeValues.Underlying(input) switch
        {
            ContentItem found => found,
            JsonObject json when JsonNodeValues.IsContentItem(json) => ContentItem.FromJson(json),
            _ => null,
        };
        if (item is null && input.Type == FluidValues.String && !string.IsNullOrWhiteSpace(input.ToStringValue()))
        {
            // An id, as Orchard's display_url takes one: the published item's address.
            var id = input.ToStringValue().Trim();
            if (Services(context)?.GetService<PublishedContent>() is not { } published) return Warn(context, "display_url", "no content store");
            item = (await published.GetManyAsync([id])).FirstOrDefault();
            LiquidServices.Meta(context)?.ContentItemIds.Add(id);
            if (item is null) return Warn(context, "display_url", $"no published item has the id {id}");
        }
        if (item is null) return Warn(context, "display_url", "its input is neither a content item nor an id");
        return ContentPaths.UrlOf(item) is { } url
            ? new StringValue(url)
            : Warn(context, "display_url", $"the item {item.ContentItemId} ({item.ContentType}) has no address (AutoroutePart)");
    }

    /// <summary>Orchard's <c>t</c>: the text (the site is French and its templates are written in French), <c>{0}</c>, <c>{1}</c>… replaced by the arguments.</summary>
    private static FluidValue Localize(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue();
        if (arguments.Count == 0) return new StringValue(text);
        var values = Enumerable.Range(0, arguments.Count).Select(i => (object)arguments.At(i).ToStringValue()).ToArray();
        try
        {
            return new StringValue(string.Format(context.CultureInfo, text, values));
        }
        catch (FormatException)
        {
            Warn(context, "t", $"« {text} » is not a valid format for {values.Length} argument(s); the text is shown as it is");
            return new StringValue(text);
        }
    }

    /// <summary>A date (a date value, an ISO text, <c>now</c> or <c>today</c>) in <paramref name="zone"/>; nil when the input is no date.</summary>
    private static FluidValue ToZone(FluidValue input, TemplateContext context, TimeZoneInfo zone, string filter)
    {
        if (!TryGetInstant(input, context, out var instant)) return NotADate(input, context, filter);
        return new DateTimeValue(TimeZoneInfo.ConvertTime(instant, zone));
    }

    /// <summary>Orchard's <c>utc</c>: a date in UTC; a date written without an offset is read in the site's time zone.</summary>
    private static FluidValue ToUtc(FluidValue input, TemplateContext context)
    {
        if (input.ToObjectValue() is DateTime { Kind: DateTimeKind.Unspecified } unspecified)
        {
            return new DateTimeValue(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, context.TimeZone), TimeSpan.Zero));
        }
        if (input.Type == FluidValues.String && DateTime.TryParse(input.ToStringValue(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Kind == DateTimeKind.Unspecified)
        {
            return new DateTimeValue(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(parsed, context.TimeZone), TimeSpan.Zero));
        }
        return TryGetInstant(input, context, out var instant) ? new DateTimeValue(instant.ToUniversalTime()) : NotADate(input, context, "utc");
    }

    /// <summary>Nil, with a warning unless there was nothing to convert (an empty date is no mistake).</summary>
    private static FluidValue NotADate(FluidValue input, TemplateContext context, string filter) =>
        input.IsNil() || input.ToStringValue().Length == 0 ? NilValue.Instance : Warn(context, filter, $"« {input.ToStringValue()} » is not a date");

    private static bool TryGetInstant(FluidValue input, TemplateContext context, out DateTimeOffset instant)
    {
        switch (input.ToObjectValue())
        {
            case DateTimeOffset offset:
                instant = offset;
                return true;
            case DateTime dateTime:
                instant = dateTime.Kind == DateTimeKind.Local ? new DateTimeOffset(dateTime) : new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
                return true;
        }
        var text = input.ToStringValue();
        if (text is "now" or "today")
        {
            instant = context.Now();
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    /// <summary>A Liquid value as JSON: items and JSON as stored, dictionaries and arrays by their entries.</summary>
    private static JsonNode? ToJson(FluidValue value, TemplateContext context)
    {
        switch (JsonNodeValues.Underlying(value))
        {
            case ContentItem item: return item.ToJson();
            case JsonNode node: return node.DeepClone();
        }
        switch (value.Type)
        {
            case FluidValues.Nil: return null;
            case FluidValues.Boolean: return JsonValue.Create(value.ToBooleanValue());
            case FluidValues.Number: return JsonValue.Create(value.ToNumberValue());
            case FluidValues.String: return JsonValue.Create(value.ToStringValue());
            case FluidValues.DateTime: return JsonValue.Create((DateTimeOffset)value.ToObjectValue());
            case FluidValues.Array:
                var array = new JsonArray();
                foreach (var entry in value.Enumerate(context)) array.Add(ToJson(entry, context));
                return array;
            case FluidValues.Dictionary when value.ToObjectValue() is IFluidIndexable dictionary:
                var obj = new JsonObject();
                foreach (var key in dictionary.Keys)
                {
                    obj[key] = dictionary.TryGetValue(key, out var entry) ? ToJson(entry, context) : null;
                }
                return obj;
        }
        var raw = value.ToObjectValue();
        try
        {
            return raw is null ? null : JsonSerializer.SerializeToNode(raw);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            Warn(context, "json", $"a {raw!.GetType().Name} cannot be written as JSON ({e.Message})");
            return null;
        }
    }

    /// <summary>Orchard's <c>liquid</c>: the input rendered as a template with the page's values (and <c>Model</c> = the first argument, when given).</summary>
    private static async ValueTask<FluidValue> LiquidAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (Services(context)?.GetService<DisplayTemplateOptions>() is not { } fluid) return Warn(context, "liquid", "the site's Liquid parser is not available");
        if (!fluid.Parser.TryParse(input.ToStringValue(), out var template, out var error))
        {
            return Warn(context, "liquid", $"the text does not parse as Liquid ({error})");
        }
        context.EnterChildScope();
        try
        {
            if (!arguments.At(0).IsNil()) context.SetValue("Model", arguments.At(0));
            using var writer = new StringWriter();
            await template.RenderAsync(writer, fluid.Encoder, context);
            return new StringValue(writer.ToString(), encode: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Warn(context, "liquid", $"the text failed to render ({e.Message})");
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    /// <summary>Orchard's <c>href</c>: <c>~/x</c> is the site's <c>/x</c> (under the request's path base); anything else as given.</summary>
    public static string Href(string url, TemplateContext context)
    {
        if (!url.StartsWith("~/", StringComparison.Ordinal)) return url;
        var pathBase = Services(context)?.GetService<IHttpContextAccessor>()?.HttpContext?.Request.PathBase.Value ?? "";
        return pathBase.TrimEnd('/') + url[1..];
    }

    private static FluidValue AbsoluteUrl(string url, TemplateContext context)
    {
        if (string.IsNullOrWhiteSpace(url)) return new StringValue(url);
        var site = context.GetValue("Site").ToObjectValue() as SiteSettings ?? new SiteSettings();
        var http = Services(context)?.GetService<IHttpContextAccessor>()?.HttpContext;
        var path = url.StartsWith("~/", StringComparison.Ordinal) ? url[1..] : url;
        return new StringValue(SiteUrls.Absolute(SiteUrls.BaseUrl(site, http), path));
    }

    /// <summary>
    /// Orchard's <c>append_version</c>: a local file's URL with <c>?v=</c> and its version. A media file
    /// (<c>/media/…</c>) gets the version of the media store's entry (its size and date, as <c>resize_url</c>'s), any
    /// other local file the hash ASP.NET Core's file version provider computes over the web root; the theme's assets are
    /// already versioned by their URL and stay as they are, and so does a URL naming no file.
    /// </summary>
    private static async ValueTask<FluidValue> AppendVersionAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var href = Href(input.ToStringValue(), context);
        if (string.IsNullOrWhiteSpace(href) || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.Contains('?')) return new StringValue(href);
        if (Services(context) is not { } services) return new StringValue(href);
        if (services.GetService<Themes.SiteTheme>() is { } theme && href.StartsWith(theme.AssetsBaseUrl + "/", StringComparison.Ordinal)) return new StringValue(href);
        if (href.StartsWith(MediaPrefix, StringComparison.Ordinal))
        {
            var entry = services.GetService<IMediaLibraryStore>() is { } media && MediaStorePath(href) is { } path ? await media.GetEntryAsync(path) : null;
            return new StringValue(entry is { IsFolder: false } ? $"{href}?v={entry.Version}" : href);
        }
        if (services.GetService<IFileVersionProvider>() is not { } versions) return new StringValue(href);
        var pathBase = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request.PathBase ?? PathString.Empty;
        return new StringValue(versions.AddFileVersionToPath(pathBase, href));
    }

    private const string MediaPrefix = "/media/";

    /// <summary>The store path of a <c>/media/…</c> URL, or null when it is not one the store could hold.</summary>
    private static string? MediaStorePath(string url)
    {
        string path;
        try
        {
            path = Uri.UnescapeDataString(url[MediaPrefix.Length..].Split('#')[0]);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return path.Length == 0 || path.Split('/').Any(s => s is "" or "." or "..") || path.Any(char.IsControl) ? null : path;
    }

    /// <summary>Orchard's <c>html_class</c>: a name as a CSS class, <c>BlogPost</c> → <c>blog-post</c>, <c>Menu Item</c> → <c>menu-item</c>.</summary>
    public static string HtmlClass(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length + 4);
        var previous = '\0';
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '-')
            {
                if (char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)) && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            previous = c;
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>
    /// Orchard's <c>shape_render</c>: a content item (or <c>shape_build_display</c>'s shape) through the one display
    /// pipeline, in its display type (<c>Detail</c> by default), or a <c>shape_new</c> shape through the template named
    /// as its type with its properties as <c>Model</c>; raw HTML.
    /// </summary>
    private static async ValueTask<FluidValue> ShapeRenderAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (Services(context)?.GetService<FluidPageRenderer>() is not { } renderer) return Warn(context, "shape_render", "the site's renderer is not available");
        var shape = input.ToObjectValue() as LiquidShape;
        var item = shape is null ? Item(input) : shape.Item;
        if (shape is null && item is null) return Warn(context, "shape_render", "its input is neither a shape nor a content item");
        if (ShapeDepth.Value >= MaxShapeDepth) return Warn(context, "shape_render", $"shapes nested more than {MaxShapeDepth} deep (an item rendering itself?)");
        var meta = LiquidServices.Meta(context) ?? new PageMeta();
        ShapeDepth.Value++;
        try
        {
            if (item is not null)
            {
                var displayType = shape?.DisplayType ?? (arguments.At(0).IsNil() ? "Detail" : arguments.At(0).ToStringValue());
                return new StringValue(await renderer.RenderContentAsync(item, displayType, meta), encode: false);
            }
            var html = await renderer.RenderTemplateAsync(shape!.Type, shape.Model(), meta);
            // Trimmed as the display pipeline's shapes are (a template file's last line break is not the shape's).
            return html is null ? Warn(context, "shape_render", $"no template is named {shape.Type}") : new StringValue(html.Trim(), encode: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Warn(context, "shape_render", e.Message);
        }
        finally
        {
            ShapeDepth.Value--;
        }
    }
}

/// <summary>
/// A shape made by a template (Orchard's <c>shape_new</c>, <c>shape_build_display</c>): its type, its properties
/// (read as <c>shape.Name</c>), and the content item it displays, if any.
/// </summary>
public sealed class LiquidShape(string type, string? displayType = null, ContentItem? item = null) : IFluidIndexable
{
    private readonly Dictionary<string, FluidValue> _properties = new(StringComparer.OrdinalIgnoreCase);

    public string Type { get; } = type;
    public string? DisplayType { get; } = displayType;
    public ContentItem? Item { get; } = item;

    public int Count => _properties.Count;
    public IEnumerable<string> Keys => _properties.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        if (_properties.TryGetValue(name, out value!)) return true;
        value = name == "Type" ? new StringValue(Type) : NilValue.Instance;
        return name == "Type";
    }

    /// <summary>The named arguments as properties (<c>shape_new: title: "…"</c>).</summary>
    public void Add(FilterArguments arguments)
    {
        foreach (var name in arguments.Names) _properties[name] = arguments[name];
    }

    /// <summary>The model of the shape's template: its properties by name.</summary>
    public Dictionary<string, object?> Model() =>
        _properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.OrdinalIgnoreCase);
}
