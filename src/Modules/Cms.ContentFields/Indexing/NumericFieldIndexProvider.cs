using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Indexing;

/// <summary>The number, for <c>ContentSort.NumberAsc</c>/<c>NumberDesc</c>; nothing when empty.</summary>
public sealed class NumericFieldIndexProvider : IContentIndexProvider
{
    public IEnumerable<IndexValue> Index(ContentIndexContext context) =>
        context.Item.GetField<NumericField>(context.PartName, context.FieldName)?.Value is { } value ? [IndexValue.Number(value)] : [];
}

/// <summary>1 for true, 0 for false, so that items sort and filter on the box.</summary>
public sealed class BooleanFieldIndexProvider : IContentIndexProvider
{
    public IEnumerable<IndexValue> Index(ContentIndexContext context) =>
        context.Value is null ? [] : [IndexValue.Number(context.Item.GetField<BooleanField>(context.PartName, context.FieldName)?.Value == true ? 1 : 0)];
}
