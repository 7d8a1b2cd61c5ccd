namespace Cms.Abstractions.Content;

/// <summary>
/// Indexed listing of items (never a scan of documents): by type, publication state, title text and the values
/// the field kinds' index providers give (dates, references, numbers). Paginated in the database.
/// </summary>
public interface IContentQuery
{
    Task<PagedResult<ContentItem>> ListAsync(ContentListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same listing as <see cref="ListAsync"/> (same filters, order, cut and total), as keys only: no document is
    /// read, so a caller that keeps what it shows of each version (a card) reads only the items it does not have.
    /// </summary>
    async Task<PagedResult<ContentKey>> ListKeysAsync(ContentListQuery query, CancellationToken cancellationToken = default)
    {
        var items = await ListAsync(query, cancellationToken);
        return new PagedResult<ContentKey>(items.Items.Select(i => new ContentKey(i.ContentItemId, i.ContentItemVersionId ?? "", null, null)).ToList(),
            items.Total, items.Page, items.PageSize);
    }

    /// <summary>Count of items per content type, latest versions.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByTypeAsync(CancellationToken cancellationToken = default);
}

public enum ContentStatus { Published, Draft, Latest }

/// <summary>
/// Where an item stands, for lists of latest versions (<see cref="ContentStatus.Latest"/>), as the back office names it:
/// « Publié » (the latest version is the public one), « Publié + brouillon en cours » (a version is public, a newer
/// draft is not), « Brouillon jamais publié », « Dépublié » (was public, is not any more), « Programmé » (a publication
/// is scheduled).
/// </summary>
public enum ContentState { Any, Published, PublishedWithDraft, NeverPublished, Unpublished, Scheduled }

/// <summary>
/// The order of a listing. <see cref="DateAsc"/>/<see cref="DateDesc"/> sort on <see cref="ContentListQuery.DateField"/>;
/// <see cref="NumberAsc"/>/<see cref="NumberDesc"/> on <see cref="ContentListQuery.NumberField"/> (a field whose kind's
/// index provider gives numbers); items without a value come last.
/// </summary>
public enum ContentSort { ModifiedDesc, ModifiedAsc, DisplayTextAsc, DateAsc, DateDesc, PublishedDesc, NumberAsc, NumberDesc }

/// <summary>A listing query. Date filters apply to a date field (one whose kind indexes a date) named by <see cref="DatePart"/>/<see cref="DateField"/>.</summary>
public sealed record ContentListQuery
{
    /// <summary>Null for every type.</summary>
    public string? ContentType { get; init; }
    public ContentStatus Status { get; init; } = ContentStatus.Published;
    /// <summary>Only items in this state (with <see cref="ContentStatus.Latest"/>).</summary>
    public ContentState State { get; init; } = ContentState.Any;
    /// <summary>Case-insensitive text the DisplayText contains.</summary>
    public string? Text { get; init; }
    /// <summary>
    /// Items that match <see cref="Text"/> whatever their title (the full-text index's matches, see
    /// <c>Cms.Abstractions.Search.IContentTextSearch</c>): an item matches when its title contains the text or its id is here.
    /// </summary>
    public IReadOnlyList<string>? TextMatchIds { get; init; }
    public string? Owner { get; init; }

    /// <summary>The date field used by <see cref="ContentSort.DateAsc"/>/<see cref="ContentSort.DateDesc"/> and the date filters (e.g. a start date).</summary>
    public string? DatePart { get; init; }
    public string? DateField { get; init; }
    /// <summary>
    /// A second date field of the same part (e.g. an end date): when set, <see cref="EndsOnOrAfterUtc"/> and
    /// <see cref="EndsBeforeUtc"/> compare the end field, or the date field when the end is empty.
    /// </summary>
    public string? EndDateField { get; init; }
    /// <summary>Only items whose end (or date when no end) is at or after this instant.</summary>
    public DateTime? EndsOnOrAfterUtc { get; init; }
    /// <summary>Only items whose end (or date when no end) is before this instant.</summary>
    public DateTime? EndsBeforeUtc { get; init; }
    /// <summary>Only items whose date is in [from, to).</summary>
    public DateTime? DateFromUtc { get; init; }
    public DateTime? DateToUtc { get; init; }

    /// <summary>Only items whose picker field (one whose kind indexes references) <see cref="PickerPart"/>.<see cref="PickerField"/> holds any of these ids.</summary>
    public string? PickerPart { get; init; }
    public string? PickerField { get; init; }
    public IReadOnlyList<string>? PickedAnyOf { get; init; }

    /// <summary>The field sorted on by <see cref="ContentSort.NumberAsc"/>/<see cref="ContentSort.NumberDesc"/> (e.g. Product / Price).</summary>
    public string? NumberPart { get; init; }
    public string? NumberField { get; init; }

    public ContentSort Sort { get; init; } = ContentSort.ModifiedDesc;
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>
/// An item of a listing without its document: its id, its version's id and, when the listing was answered from the
/// in-memory range keys, the UTC start and end it was sorted and filtered on (the end is the start when it has none);
/// null otherwise.
/// </summary>
public sealed record ContentKey(string ContentItemId, string ContentItemVersionId, DateTime? StartUtc, DateTime? EndUtc);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
