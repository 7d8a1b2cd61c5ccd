using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Indexing;

/// <summary>Each picked item once: listings of the items that reference an item, picker filters.</summary>
public sealed class ContentPickerFieldIndexProvider : IContentIndexProvider
{
    public IEnumerable<IndexValue> Index(ContentIndexContext context) =>
        (PickedIds(context.Item, context.PartName, context.FieldName) ?? [])
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Distinct(StringComparer.Ordinal)
            .Select(IndexValue.Reference);

    /// <summary>
    /// The field's <see cref="ContentPickerField.ContentItemIds"/> as <c>GetField&lt;ContentPickerField&gt;</c> binds
    /// them: taken from the array itself when it holds only strings and nulls (the field as the editors and the import
    /// write it), without the serializer's round trip; any other shape through the serializer, errors included.
    /// </summary>
    private static IEnumerable<string>? PickedIds(ContentItem item, string partName, string fieldName)
    {
        if (item.GetPart(partName)?[fieldName] is not JsonObject field) return null;
        if (field.Property(nameof(ContentPickerField.ContentItemIds)) is JsonArray ids && ids.All(IsStringOrNull))
        {
            // Nulls left out here: the index skips them as it skips blank ids.
            return ids.Select(id => id?.GetValue<string>()).OfType<string>().ToList();
        }
        return field.Deserialize<ContentPickerField>(ContentElementExtensions.Json)?.ContentItemIds;
    }

    private static bool IsStringOrNull(JsonNode? node) => node is null || node is JsonValue value && value.GetValueKind() == JsonValueKind.String;
}
