using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// The values a field kind gives to the index tables, so that <c>IContentQuery</c> sorts and filters on them without
/// reading documents. Called for the latest and the published version of an item, for every field of that kind.
/// Registered with <see cref="ContentKindBuilder.UseIndexProvider{TProvider}"/>; must be stateless (one instance).
/// </summary>
public interface IContentIndexProvider
{
    IEnumerable<IndexValue> Index(ContentIndexContext context);
}

/// <param name="Value">The field's JSON, or null when the item has none.</param>
/// <param name="Settings">The field's settings (objects keyed by settings class name).</param>
public sealed record ContentIndexContext(ContentItem Item, string PartName, string FieldName, JsonObject? Value, JsonObject Settings);

public enum IndexValueKind { Date, Reference, Number }

/// <summary>
/// One indexed value: a <see cref="Date"/> (UTC; also builds the part's date ranges, see <c>ContentListQuery.DatePart</c>;
/// give it even when empty so that ranges with another date field exist), a <see cref="Reference"/> to another item
/// (<c>ContentListQuery.PickedAnyOf</c>, referencing-item listings) or a <see cref="Number"/> (<c>ContentSort.NumberAsc</c>).
/// </summary>
public readonly record struct IndexValue(IndexValueKind Kind, DateTime? DateValue, string? ReferenceValue, decimal? NumberValue)
{
    public static IndexValue Date(DateTime? utc) => new(IndexValueKind.Date, utc is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null, null, null);
    public static IndexValue Reference(string contentItemId) => new(IndexValueKind.Reference, null, contentItemId, null);
    public static IndexValue Number(decimal? value) => new(IndexValueKind.Number, null, null, value);
}
