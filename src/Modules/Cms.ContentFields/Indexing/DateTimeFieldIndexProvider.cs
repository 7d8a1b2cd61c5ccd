using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Indexing;

/// <summary>The date (UTC), given even when empty so that the part's date ranges pair it with its other date fields.</summary>
public sealed class DateTimeFieldIndexProvider : IContentIndexProvider
{
    public IEnumerable<IndexValue> Index(ContentIndexContext context) =>
        [IndexValue.Date(context.Item.GetField<DateTimeField>(context.PartName, context.FieldName)?.Value)];
}
