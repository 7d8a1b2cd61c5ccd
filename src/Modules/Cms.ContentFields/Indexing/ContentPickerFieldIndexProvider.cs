using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Indexing;

/// <summary>Each picked item once: listings of the items that reference an item, picker filters.</summary>
public sealed class ContentPickerFieldIndexProvider : IContentIndexProvider
{
    public IEnumerable<IndexValue> Index(ContentIndexContext context) =>
        (context.Item.GetField<ContentPickerField>(context.PartName, context.FieldName)?.ContentItemIds ?? [])
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Distinct(StringComparer.Ordinal)
            .Select(IndexValue.Reference);
}
