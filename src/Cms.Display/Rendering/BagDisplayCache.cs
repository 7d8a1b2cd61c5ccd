using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Cms.Abstractions.Display;
using Cms.Display.Caching;
using Cms.Display.Themes;

namespace Cms.Display.Rendering;

/// <summary>
/// The HTML of a published item's bag (<see cref="BagPartDisplayDriver"/>'s <c>Model.Items</c>: each nested item
/// rendered as a whole item, its copy, model, shapes and two templates), kept by the parent's version id, the bag,
/// the display type and the request's origin and path, when every nested item is of a type whose display reads
/// nothing but its own content, the site settings, the templates and the request's URL (<see cref="KeptBagItemType"/>:
/// a module says so of its own types; an event's, which says whether it is past, never). A rendering that changed
/// the page's meta (a title, a zone, an id for the output cache's tags) is not kept, since a kept one would not
/// change it again.
/// <para>
/// An entry is only served while what it was built from is unchanged: the generations of the
/// <see cref="PublishedContentCache"/> (every content change, here or on another node) and of the
/// <see cref="SiteSettingsCache"/>, the definitions' snapshot and the parsed templates (the <see cref="TemplateStore"/>
/// parses them all again after any change), as they were before the rendering. Off (<c>Cms:BagDisplayCache:Enabled</c>
/// false), every request renders every nested item.
/// </para>
/// </summary>
public sealed class BagDisplayCache(BagDisplayCacheOptions options, IEnumerable<KeptBagItemType> keptTypes, TemplateStore templates,
    PublishedContentCache? content = null, SiteSettingsCache? settings = null)
{
    private readonly HashSet<string> _keptTypes = new(keptTypes.Select(t => t.ContentType), StringComparer.Ordinal);
    private readonly StampedEntries<Key, Stamp, IReadOnlyDictionary<string, object?>> _entries = new(options.MaxEntries);

    /// <summary>Off: nothing is served from here nor kept.</summary>
    public bool Enabled { get; } = options.Enabled;

    /// <summary>What an entry built from now on is checked against (<paramref name="definitions"/>: the current snapshot).</summary>
    public Stamp Current(object? definitions) =>
        new(content?.Generation ?? 0, settings?.Generation ?? 0, definitions, templates.Find(StampTemplate));

    /// <summary>A template every site has: the template store parses it again after any template change.</summary>
    private const string StampTemplate = "Content";

    /// <summary>Whether a bag of these items may be kept: each is of a kept type.</summary>
    public bool Keeps(JsonArray items)
    {
        if (!Enabled || _keptTypes.Count == 0) return false;
        foreach (var item in items)
        {
            if (item?["ContentType"] is not JsonValue type || !type.TryGetValue<string>(out var name) || !_keptTypes.Contains(name)) return false;
        }
        return true;
    }

    /// <summary>How many bags are kept.</summary>
    public int Count => _entries.Count;

    /// <param name="values">The shape's values: <c>Items</c> (the nested items' HTML) and <c>Name</c> (the part's).</param>
    public bool TryGet(Key key, Stamp current, [NotNullWhen(true)] out IReadOnlyDictionary<string, object?>? values)
    {
        values = null;
        return Enabled && _entries.TryGet(key, current, out values);
    }

    /// <param name="builtFrom">The stamp noted before the rendering read anything.</param>
    /// <param name="definitions">The definitions' snapshot as it is now (not the one the rendering started with).</param>
    public void Store(Key key, IReadOnlyDictionary<string, object?> values, Stamp builtFrom, object? definitions)
    {
        // The origin and path are the request's, the visitor's to choose: the entries are bounded.
        if (Enabled && builtFrom == Current(definitions)) _entries.Set(key, values, builtFrom);
    }

    /// <param name="Origin">The request's scheme and host (null outside a request), as templates see them.</param>
    public readonly record struct Key(string VersionId, string PartName, string DisplayType, string? Origin, string Path);

    public readonly record struct Stamp(long Content, long Settings, object? Definitions, object? Templates);
}

public sealed class BagDisplayCacheOptions
{
    /// <summary>Bags of kept types rendered once per published version (false: every request renders them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>At most this many bags are kept (a few KB each).</summary>
    public int MaxEntries { get; set; } = 20_000;
}

/// <summary>
/// A content type whose display (its drivers and templates) reads only its own content, the site settings, the
/// templates and the request's URL: nothing that changes with the hour, nor other items. Its items in a bag are
/// rendered once per published version of the item holding them (<see cref="BagDisplayCache"/>).
/// </summary>
public sealed record KeptBagItemType(string ContentType);

/// <summary>What a display may change on the page's meta, to tell whether a rendering changed it.</summary>
public readonly record struct PageMetaMark(string? Title, string? Description, string? CanonicalPath, string? Image, string OpenGraphType,
    int StatusCode, bool NoIndex, int Breadcrumbs, int JsonLd, int Alternates, int ContentItemIds, int ContentTypes, int QueryKeys, int Zones)
{
    public static PageMetaMark Of(PageMeta meta) => new(meta.Title, meta.Description, meta.CanonicalPath, meta.Image, meta.OpenGraphType,
        meta.StatusCode, meta.NoIndex, meta.Breadcrumbs.Count, meta.JsonLd.Count, meta.Alternates.Count, meta.ContentItemIds.Count,
        meta.ContentTypes.Count, meta.RecognisedQueryKeys.Count, meta.Zones.Count);
}
