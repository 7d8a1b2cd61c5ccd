using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// The values a field or part kind gives to the index tables, so that <c>IContentQuery</c> sorts and filters on them
/// without reading documents. Called for the latest and the published version of an item, for every field of that
/// kind, and for every part of that kind the item carries (named by its type, or welded on the item without its type
/// naming it, as Orchard's <c>ContainedPart</c>; <see cref="ContentIndexContext.FieldName"/> is then empty).
/// Registered with <see cref="ContentKindBuilder.UseIndexProvider{TProvider}"/>; must be stateless (one instance).
/// </summary>
public interface IContentIndexProvider
{
    IEnumerable<IndexValue> Index(ContentIndexContext context);
}

/// <param name="FieldName">The field's name; empty for a part kind's provider.</param>
/// <param name="Value">The field's (or the part's) JSON, or null when the item has none.</param>
/// <param name="Settings">The field's settings, or the type's settings of the part (objects keyed by settings class name).</param>
public sealed record ContentIndexContext(ContentItem Item, string PartName, string FieldName, JsonObject? Value, JsonObject Settings);

public enum IndexValueKind { Date, Reference, Number }

/// <summary>
/// One indexed value: a <see cref="Date"/> (UTC; also builds the part's date ranges, see <c>ContentListQuery.DatePart</c>;
/// give it even when empty so that ranges with another date field exist), a <see cref="Reference"/> to another item
/// (<c>ContentListQuery.PickedAnyOf</c>, referencing-item listings) or a <see cref="Number"/> (<c>ContentSort.NumberAsc</c>).
/// </summary>
public readonly record struct IndexValue(IndexValueKind Kind, DateTime? DateValue, string? ReferenceValue, decimal? NumberValue)
{
    /// <summary>
    /// The part name the value is indexed under, instead of the element's: a key shared by every element of a kind
    /// (e.g. every taxonomy field's terms under the kind's name and <c>Terms</c>, to list the items carrying a term
    /// whatever field holds it). Null for the element's own part.
    /// </summary>
    public string? Part { get; init; }

    /// <summary>The field name the value is indexed under (a part kind names the property it indexes, e.g. <c>ListContentItemId</c>). Null for the element's own field.</summary>
    public string? Field { get; init; }

    /// <summary>This value indexed under <paramref name="part"/>/<paramref name="field"/> (see <see cref="Part"/>, <see cref="Field"/>).</summary>
    public IndexValue Under(string? part, string field) => this with { Part = part, Field = field };

    public static IndexValue Date(DateTime? utc) => new(IndexValueKind.Date, utc is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null, null, null);
    public static IndexValue Reference(string contentItemId) => new(IndexValueKind.Reference, null, contentItemId, null);
    public static IndexValue Number(decimal? value) => new(IndexValueKind.Number, null, null, value);
}
