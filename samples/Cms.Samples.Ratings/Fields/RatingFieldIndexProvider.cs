using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;

namespace Cms.Samples.Ratings.Fields;

/// <summary>The rating as a number, so that listings sort on it (<c>ContentSort.NumberDesc</c>).</summary>
public sealed class RatingFieldIndexProvider : IContentIndexProvider
{
    public IEnumerable<IndexValue> Index(ContentIndexContext context) =>
        context.Item.GetField<RatingField>(context.PartName, context.FieldName)?.Value is { } value ? [IndexValue.Number(value)] : [];
}
