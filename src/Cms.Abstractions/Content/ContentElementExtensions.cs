using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Abstractions.Content;

/// <summary>
/// Typed access to parts and fields. Reading deserializes the JSON; writing merges the typed object's properties
/// into the JSON, so that properties the type does not declare are kept as they were.
/// </summary>
public static class ContentElementExtensions
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PropertyNameCaseInsensitive = true,
    };

    /// <summary>The part <paramref name="partName"/> as <typeparamref name="T"/>, or null when the item has no such part.</summary>
    public static T? As<T>(this ContentItem item, string partName) where T : class =>
        item.GetPart(partName) is { } part ? part.Deserialize<T>(Json) : null;

    /// <summary>The part named like its type (TitlePart, AutoroutePart…), or null.</summary>
    public static T? As<T>(this ContentItem item) where T : class => item.As<T>(typeof(T).Name);

    /// <summary>
    /// The JSON that <see cref="As{T}(ContentItem, string)"/> binds to the property <paramref name="name"/> of
    /// <paramref name="part"/> (names in any case, the last one given winning), or null: to read one property of a
    /// part without deserializing the whole part (<see cref="Property{T}"/> binds it).
    /// </summary>
    public static JsonNode? Property(this JsonObject part, string name)
    {
        JsonNode? found = null;
        // By index: the object's enumerator is boxed.
        for (var i = 0; i < part.Count; i++)
        {
            var (key, value) = part.GetAt(i);
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) found = value;
        }
        return found;
    }

    /// <summary>The property <paramref name="name"/> of <paramref name="part"/> bound as <see cref="As{T}(ContentItem, string)"/> binds it, or null.</summary>
    public static T? Property<T>(this JsonObject part, string name) => part.Property(name) is { } value ? value.Deserialize<T>(Json) : default;

    /// <summary>Merges <paramref name="value"/> into the part <paramref name="partName"/>.</summary>
    public static ContentItem Apply<T>(this ContentItem item, string partName, T value) where T : class
    {
        Merge(item.Part(partName), value);
        return item;
    }

    public static ContentItem Apply<T>(this ContentItem item, T value) where T : class => item.Apply(typeof(T).Name, value);

    /// <summary>The field <paramref name="fieldName"/> of part <paramref name="partName"/>, or null.</summary>
    public static T? GetField<T>(this ContentItem item, string partName, string fieldName) where T : class =>
        item.GetPart(partName)?[fieldName] is JsonObject field ? field.Deserialize<T>(Json) : null;

    /// <summary>Merges <paramref name="value"/> into field <paramref name="fieldName"/> of part <paramref name="partName"/>.</summary>
    public static ContentItem ApplyField<T>(this ContentItem item, string partName, string fieldName, T value) where T : class
    {
        var part = item.Part(partName);
        if (part[fieldName] is not JsonObject field)
        {
            field = new JsonObject();
            part[fieldName] = field;
        }
        Merge(field, value);
        return item;
    }

    private static void Merge<T>(JsonObject target, T value)
    {
        var source = JsonSerializer.SerializeToNode(value, Json) as JsonObject ?? new JsonObject();
        foreach (var (name, node) in source.ToList())
        {
            target[name] = node?.DeepClone();
        }
    }
}
