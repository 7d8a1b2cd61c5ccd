using Cms.Abstractions.ContentKinds;
using Cms.Lists.Models;

namespace Cms.Lists.Indexing;

/// <summary>
/// A contained item's container (<c>ContainedPart</c>/<c>ListContentItemId</c>, a reference) and its place in it
/// (<c>ContainedPart</c>/<c>Order</c>, a number): what a container's list filters and sorts on.
/// </summary>
public sealed class ContainedPartIndexProvider : IContentIndexProvider
{
    public const string ListField = nameof(ContainedPart.ListContentItemId);
    public const string OrderField = nameof(ContainedPart.Order);

    public IEnumerable<IndexValue> Index(ContentIndexContext context)
    {
        if (context.Value?[ListField]?.GetValueKind() != System.Text.Json.JsonValueKind.String) yield break;
        var list = context.Value[ListField]!.GetValue<string>();
        if (string.IsNullOrWhiteSpace(list)) yield break;
        yield return IndexValue.Reference(list).Under(null, ListField);
        decimal? order = context.Value[OrderField] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<decimal>(out var n) ? n : null;
        yield return IndexValue.Number(order).Under(null, OrderField);
    }
}
