using System.Text.Json.Nodes;

namespace Cms.Abstractions.Content;

/// <summary><c>{ "ContentItems": [ full nested content items ] }</c>, named by the type that uses it (e.g. <c>InfoFields</c>).</summary>
public static class BagPart
{
    public const string TypeName = "BagPart";

    /// <summary>The nested items of bag <paramref name="bagName"/>, in order (copies: change them through <see cref="SetItems"/>).</summary>
    public static IReadOnlyList<ContentItem> GetBagItems(this ContentItem item, string bagName) =>
        item.GetPart(bagName)?["ContentItems"] is JsonArray array
            ? array.OfType<JsonObject>().Select(ContentItem.FromJson).ToList()
            : [];

    /// <summary>Replaces the nested items of bag <paramref name="bagName"/>.</summary>
    public static ContentItem SetBagItems(this ContentItem item, string bagName, IEnumerable<ContentItem> items)
    {
        item.Part(bagName)["ContentItems"] = new JsonArray(items.Select(i => (JsonNode)i.ToJson()).ToArray());
        return item;
    }
}
