using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Abstractions.Content;

/// <summary>
/// One version of a content item, in Orchard Core 1.x JSON shape (docs/contracts.md §2): header properties at the top,
/// then one object per part keyed by the part's name. Parts and fields the code does not know are kept as given.
/// </summary>
public sealed class ContentItem
{
    public static readonly string[] HeaderNames =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    ];

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    /// <summary>User id of the owner.</summary>
    public string? Owner { get; set; }
    /// <summary>User name of the last author.</summary>
    public string? Author { get; set; }

    /// <summary>The parts, keyed by part name (everything that is not a header property).</summary>
    public JsonObject Content { get; private set; } = new();

    /// <summary>The part object named <paramref name="partName"/>, created empty when missing.</summary>
    public JsonObject Part(string partName)
    {
        if (Content[partName] is JsonObject existing) return existing;
        var created = new JsonObject();
        Content[partName] = created;
        return created;
    }

    /// <summary>The part object named <paramref name="partName"/>, or null.</summary>
    public JsonObject? GetPart(string partName) => Content[partName] as JsonObject;

    public bool Has(string partName) => Content.ContainsKey(partName);

    public JsonObject ToJson()
    {
        var json = HeaderJson();
        foreach (var (name, value) in Content)
        {
            json[name] = value?.DeepClone();
        }
        return json;
    }

    private JsonObject HeaderJson() => new()
    {
        ["ContentItemId"] = ContentItemId,
        ["ContentItemVersionId"] = ContentItemVersionId,
        ["ContentType"] = ContentType,
        ["DisplayText"] = DisplayText,
        ["Latest"] = Latest,
        ["Published"] = Published,
        ["ModifiedUtc"] = UtcText(ModifiedUtc),
        ["PublishedUtc"] = UtcText(PublishedUtc),
        ["CreatedUtc"] = UtcText(CreatedUtc),
        ["Owner"] = Owner,
        ["Author"] = Author,
    };

    private static readonly JsonSerializerOptions CompactOptions = new();
    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true };

    /// <summary>
    /// The item's JSON text, the same as <c>ToJson().ToJsonString(…)</c>, written straight from the header and the parts
    /// (no deep copy of every part, no serializer options built per call: both showed in the import's profile).
    /// </summary>
    public string ToJsonString(bool indented = false)
    {
        var options = indented ? IndentedOptions : CompactOptions;
        // A part named like a header property replaces it in ToJson: that rare shape takes the plain way.
        if (HasHeaderNamedPart()) return ToJson().ToJsonString(options);
        // Compact text, the common case (every version the import stores), through this thread's buffer and writer.
        var text = indented ? new JsonTextBuffer(indented: true) : JsonTextBuffer.Take();
        try
        {
            var writer = text.Writer;
            writer.WriteStartObject();
            writer.WriteString("ContentItemId", ContentItemId);
            writer.WriteString("ContentItemVersionId", ContentItemVersionId);
            writer.WriteString("ContentType", ContentType);
            writer.WriteString("DisplayText", DisplayText);
            writer.WriteBoolean("Latest", Latest);
            writer.WriteBoolean("Published", Published);
            writer.WriteString("ModifiedUtc", UtcText(ModifiedUtc));
            writer.WriteString("PublishedUtc", UtcText(PublishedUtc));
            writer.WriteString("CreatedUtc", UtcText(CreatedUtc));
            writer.WriteString("Owner", Owner);
            writer.WriteString("Author", Author);
            foreach (var (name, value) in Content)
            {
                writer.WritePropertyName(name);
                if (value is null) writer.WriteNullValue();
                else value.WriteTo(writer, options);
            }
            writer.WriteEndObject();
            return text.ToText();
        }
        finally
        {
            if (!indented) JsonTextBuffer.Return(text);
        }
    }

    private bool HasHeaderNamedPart()
    {
        foreach (var name in HeaderNames)
        {
            if (Content.ContainsKey(name)) return true;
        }
        return false;
    }

    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = Str(json, "ContentItemId") ?? "",
            ContentItemVersionId = Str(json, "ContentItemVersionId") ?? "",
            ContentType = Str(json, "ContentType") ?? "",
            DisplayText = Str(json, "DisplayText"),
            Latest = Bool(json, "Latest"),
            Published = Bool(json, "Published"),
            ModifiedUtc = Date(json, "ModifiedUtc"),
            PublishedUtc = Date(json, "PublishedUtc"),
            CreatedUtc = Date(json, "CreatedUtc"),
            Owner = Str(json, "Owner"),
            Author = Str(json, "Author"),
        };
        foreach (var (name, value) in json)
        {
            if (Array.IndexOf(HeaderNames, name) >= 0) continue;
            item.Content[name] = value?.DeepClone();
        }
        return item;
    }

    public static ContentItem Parse(string json) =>
        FromJson(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A content item must be a JSON object."));

    /// <summary>A deep copy, so that changing it never changes this instance.</summary>
    public ContentItem Clone()
    {
        if (HasHeaderNamedPart()) return FromJson(ToJson());
        // The header as FromJson would read it back from its JSON form (dates in UTC), without writing and parsing it
        // (a request's copy of a published item showed that in the page profile); each part copied once.
        var item = new ContentItem
        {
            ContentItemId = ContentItemId ?? "",
            ContentItemVersionId = ContentItemVersionId ?? "",
            ContentType = ContentType ?? "",
            DisplayText = DisplayText,
            Latest = Latest,
            Published = Published,
            ModifiedUtc = AsUtc(ModifiedUtc),
            PublishedUtc = AsUtc(PublishedUtc),
            CreatedUtc = AsUtc(CreatedUtc),
            Owner = Owner,
            Author = Author,
        };
        foreach (var (name, value) in Content)
        {
            item.Content[name] = value?.DeepClone();
        }
        return item;
    }

    /// <summary>True when both have the same parts, ignoring the header (ids, flags, dates, author).</summary>
    public bool HasSameContentAs(ContentItem other) =>
        DisplayText == other.DisplayText && JsonNode.DeepEquals(Content, other.Content);

    private static DateTime? AsUtc(DateTime? value) => value is null ? null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc);

    /// <summary>A header date as the item's JSON writes it (UTC, ISO 8601, <c>Z</c>).</summary>
    public static string? UtcText(DateTime? value) =>
        value is null ? null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'");

    private static string? Str(JsonObject json, string name) =>
        json.TryGetPropertyValue(name, out var node) && node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Bool(JsonObject json, string name) =>
        json.TryGetPropertyValue(name, out var node) && node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static DateTime? Date(JsonObject json, string name)
    {
        var text = Str(json, name);
        if (string.IsNullOrEmpty(text)) return null;
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;
    }
}
