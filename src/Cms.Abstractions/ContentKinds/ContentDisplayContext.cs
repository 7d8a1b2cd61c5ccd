using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;

namespace Cms.Abstractions.ContentKinds;

/// <summary>One part or field of an item being displayed, and what a driver may use to build its shapes.</summary>
public sealed class ContentDisplayContext
{
    public required ContentItem Item { get; init; }
    /// <summary><c>Detail</c>, <c>Summary</c>…</summary>
    public required string DisplayType { get; init; }
    public required ContentKind Kind { get; init; }
    /// <summary>The part's name in the item (e.g. <c>Event</c>, <c>InfoFields</c>).</summary>
    public required string PartName { get; init; }
    /// <summary>The field's name in its part, null for a part.</summary>
    public string? FieldName { get; init; }
    /// <summary>The part's or field's JSON (empty when the item has none).</summary>
    public required JsonObject Value { get; init; }
    /// <summary>The field's settings, or the type's settings of the part (objects keyed by settings class name): the
    /// definitions' shared snapshot, read only (<c>Settings.Get&lt;T&gt;()</c> gives a copy).</summary>
    public required JsonObject Settings { get; init; }
    /// <summary>The display name the definition gives the field, or the type gives the part, if any.</summary>
    public string? Label { get; init; }
    /// <summary>The model of the content template (<c>Model</c> there), shown to part and field templates as <c>Model.Content</c>.</summary>
    public required IDictionary<string, object?> Content { get; init; }
    /// <summary>The page being built: drivers set title, description, image, JSON-LD on <c>Detail</c>.</summary>
    public required PageMeta Meta { get; init; }
    /// <summary>Published items by id, in the order asked, missing ones left out (for pickers).</summary>
    public required Func<IEnumerable<string>, Task<IReadOnlyList<ContentItem>>> LoadItemsAsync { get; init; }
    /// <summary>A nested item (e.g. of a bag) rendered with its own content template in the same display type.</summary>
    public required Func<ContentItem, Task<string>> RenderItemAsync { get; init; }
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The shape name: <c>{Part}-{Field}</c> for a field, the part's name for a part.</summary>
    public string ShapeName => FieldName is null ? PartName : $"{PartName}-{FieldName}";

    /// <summary>
    /// A shape with the default model and alternates. A field's model holds <c>Field</c>, <c>Name</c>, <c>PartName</c>,
    /// <c>FieldType</c>, <c>Label</c>, <c>Settings</c>; a part's <c>Part</c>, <c>Name</c>, <c>Label</c>, <c>Settings</c>; both
    /// <c>DisplayType</c>, <c>ContentItem</c> and <c>Content</c>. Alternates, most specific first: the same in items of one
    /// type (<c>Content-{Type}-{ShapeName}.{DisplayType}</c>, <c>Content-{Type}-{ShapeName}</c>), then for a field
    /// <c>{Part}-{Field}.{DisplayType}</c>, <c>{Part}-{Field}</c>, <c>{FieldKind}.{DisplayType}</c>, <c>{FieldKind}</c>; for
    /// a part <c>{PartName}.{DisplayType}</c>, <c>{PartName}</c>, then the same with the part kind when it differs.
    /// </summary>
    public Shape Shape() => NewShape(ShapeName, FieldName is not null || Kind.Name != PartName ? Kind.Name : null);

    /// <summary>
    /// Another shape of the same part or field (a driver may build several, e.g. <c>ReviewFacts</c> beside <c>Review</c>),
    /// with the same default model and the alternates <c>Content-{Type}-{name}.{DisplayType}</c>, <c>Content-{Type}-{name}</c>
    /// (this shape in items of one content type), <c>{name}.{DisplayType}</c>, <c>{name}</c>.
    /// </summary>
    public Shape Shape(string name) => NewShape(name, null);

    /// <param name="kind">The kind whose alternates follow the shape's own (<c>{Kind}.{DisplayType}</c>, <c>{Kind}</c>), if any.</param>
    private Shape NewShape(string name, string? kind)
    {
        var shape = new Shape(name);
        if (FieldName is null)
        {
            shape.Model["Part"] = Value;
            shape.Model["Name"] = PartName;
            shape.Model["Label"] = Label;
        }
        else
        {
            shape.Model["Field"] = Value;
            shape.Model["Name"] = FieldName;
            shape.Model["PartName"] = PartName;
            shape.Model["FieldType"] = Kind.Name;
            shape.Model["Label"] = Label;
        }
        shape.Model["Settings"] = Settings;
        shape.Model["DisplayType"] = DisplayType;
        shape.Model["ContentItem"] = Content.TryGetValue("ContentItem", out var json) ? json : null;
        shape.Model["Content"] = Content;
        shape.Alternates.AddRange(AlternatesOf(Item.ContentType, name, DisplayType, kind));
        return shape;
    }

    private const int MaxKeptAlternates = 4096;
    private static readonly ConcurrentDictionary<(string Type, string Name, string DisplayType, string? Kind), string[]> KeptAlternates = new();

    /// <summary>
    /// The alternates of a shape, made once per content type, shape name, display type and kind instead of for every
    /// shape of every page (at most <see cref="MaxKeptAlternates"/> kept: a display type may come from a template).
    /// </summary>
    private static string[] AlternatesOf(string type, string name, string displayType, string? kind)
    {
        var key = (type, name, displayType, kind);
        if (KeptAlternates.TryGetValue(key, out var kept)) return kept;
        string[] made = kind is null
            ? [$"Content-{type}-{name}.{displayType}", $"Content-{type}-{name}", $"{name}.{displayType}", name]
            : [$"Content-{type}-{name}.{displayType}", $"Content-{type}-{name}", $"{name}.{displayType}", name, $"{kind}.{displayType}", kind];
        if (KeptAlternates.Count < MaxKeptAlternates) KeptAlternates.TryAdd(key, made);
        return made;
    }
}
