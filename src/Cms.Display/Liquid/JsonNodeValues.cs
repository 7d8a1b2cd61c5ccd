using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Cms.Abstractions.Content;
using Fluid.Values;

namespace Cms.Display.Liquid;

/// <summary>
/// Lets templates read <c>System.Text.Json.Nodes</c> values naturally: an object's properties by name
/// (<c>Model.ContentItem.Event.Venue.Text</c>), arrays with <c>for</c>, <c>size</c>, <c>first</c> and indexes, and
/// values as strings, numbers and booleans. A content item, and an item nested in another's JSON (a BagPart's
/// <c>ContentItems</c>), reads as Orchard's: its header (<c>DisplayText</c>, <c>ContentType</c>…), its parts by name
/// (<c>member.TeamMember.Twitter.Text</c>) and the same parts under <c>Content</c>
/// (<c>Model.ContentItem.Content.Services.ContentItems</c>), without any copy of the JSON.
/// </summary>
public static class JsonNodeValues
{
    public static void Register(TemplateOptions options)
    {
        options.ValueConverters.Add(value => value switch
        {
            JsonObject obj => new DictionaryValue(new JsonObjectIndexable(obj, options)),
            ContentItemJson item => new DictionaryValue(new ContentItemIndexable(item.Item, options)),
            JsonArray array => new ArrayValue(array.Select(item => Convert(item, options)).ToArray()),
            JsonValue scalar => Convert(scalar, options),
            JsonElement element => Convert(JsonSerializer.SerializeToNode(element), options),
            _ => null,
        });
    }

    /// <summary>True when the JSON object is a content item (nested in a BagPart, or loaded as JSON): it has a <c>ContentType</c>.</summary>
    public static bool IsContentItem(JsonObject obj) => obj["ContentType"] is JsonValue type && type.GetValueKind() == JsonValueKind.String;

    /// <summary>The content item or JSON object a Liquid value reads (<c>Model.ContentItem</c>, a bag's item…), or null.</summary>
    public static object? Underlying(FluidValue value) => value.ToObjectValue() switch
    {
        ContentItemIndexable item => item.Item,
        JsonObjectIndexable json => json.Json,
        ContentItemJson wrapper => wrapper.Item,
        ContentItem item => item,
        JsonObject json => json,
        _ => null,
    };

    public static FluidValue Convert(JsonNode? node, TemplateOptions options) => node switch
    {
        null => NilValue.Instance,
        JsonObject obj => new DictionaryValue(new JsonObjectIndexable(obj, options)),
        JsonArray array => new ArrayValue(array.Select(item => Convert(item, options)).ToArray()),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new StringValue(value.TryGetValue<string>(out var s) ? s : JsonSerializer.Deserialize<string>(value.ToJsonString()) ?? ""),
            JsonValueKind.Number => NumberValue.Create(decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0m),
            JsonValueKind.True => BooleanValue.True,
            JsonValueKind.False => BooleanValue.False,
            JsonValueKind.Null or JsonValueKind.Undefined => NilValue.Instance,
            _ => FluidValue.Create(value.ToJsonString(), options),
        },
        _ => NilValue.Instance,
    };

    private sealed class JsonObjectIndexable(JsonObject obj, TemplateOptions options) : IFluidIndexable
    {
        public JsonObject Json => obj;

        public int Count => obj.Count;

        public IEnumerable<string> Keys => obj.Select(p => p.Key);

        public bool TryGetValue(string name, out FluidValue value)
        {
            if (obj.TryGetPropertyValue(name, out var node))
            {
                value = Convert(node, options);
                return true;
            }
            // Orchard's ContentItem.Content of a nested item: its own JSON, where its parts are.
            if (name == "Content" && IsContentItem(obj))
            {
                value = new DictionaryValue(this);
                return true;
            }
            value = NilValue.Instance;
            return false;
        }
    }

    /// <summary>An item's header and parts as <see cref="ContentItem.ToJson"/> shows them, read from the item itself.</summary>
    private sealed class ContentItemIndexable(ContentItem item, TemplateOptions options) : IFluidIndexable
    {
        public ContentItem Item => item;

        public int Count => ContentItem.HeaderNames.Length + item.Content.Count;

        public IEnumerable<string> Keys => ContentItem.HeaderNames.Concat(item.Content.Select(p => p.Key));

        public bool TryGetValue(string name, out FluidValue value)
        {
            FluidValue? header = name switch
            {
                "ContentItemId" => new StringValue(item.ContentItemId),
                "ContentItemVersionId" => new StringValue(item.ContentItemVersionId),
                "ContentType" => new StringValue(item.ContentType),
                "DisplayText" => Text(item.DisplayText),
                "Latest" => BooleanValue.Create(item.Latest),
                "Published" => BooleanValue.Create(item.Published),
                "ModifiedUtc" => Text(ContentItem.UtcText(item.ModifiedUtc)),
                "PublishedUtc" => Text(ContentItem.UtcText(item.PublishedUtc)),
                "CreatedUtc" => Text(ContentItem.UtcText(item.CreatedUtc)),
                "Owner" => Text(item.Owner),
                "Author" => Text(item.Author),
                // Orchard's ContentItem.Content: the parts, as stored.
                "Content" => new DictionaryValue(new JsonObjectIndexable(item.Content, options)),
                _ => null,
            };
            if (header is not null)
            {
                value = header;
                return true;
            }
            if (item.Content.TryGetPropertyValue(name, out var node))
            {
                value = Convert(node, options);
                return true;
            }
            value = NilValue.Instance;
            return false;
        }

        private static FluidValue Text(string? text) => text is null ? NilValue.Instance : new StringValue(text);
    }
}

/// <summary>
/// <c>Model.ContentItem</c> of a content template: the item as its JSON reads (header and parts), without copying it
/// for each rendering. Templates only read it; the item is the request's own copy.
/// </summary>
public sealed record ContentItemJson(ContentItem Item);
