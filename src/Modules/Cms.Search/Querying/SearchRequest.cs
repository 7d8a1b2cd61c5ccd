using Cms.Search.Indexing;

namespace Cms.Search.Querying;

/// <summary>A visitor's search: words (Lucene syntax allowed, bounded), and filters.</summary>
public sealed record SearchRequest
{
    /// <summary>Longer queries are cut: a visitor never needs more, and it bounds the work of one request.</summary>
    public const int MaxLength = 200;
    public const int MaxPageSize = 50;

    public string Text { get; init; } = "";
    /// <summary>Only this content type (e.g. <c>Event</c>).</summary>
    public string? ContentType { get; init; }
    /// <summary>Only items referring to this item (a thematic track's id).</summary>
    public string? Reference { get; init; }
    /// <summary>Only items whose start is in this year (Paris time).</summary>
    public int? Year { get; init; }
    /// <summary>Only items that end now or later.</summary>
    public bool UpcomingOnly { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    public string BoundedText => Text.Length > MaxLength ? Text[..MaxLength] : Text;
}

public sealed record SearchHit(
    string ContentItemId, string ContentType, string TypeLabel, string Path, string Title,
    string TitleHtml, string ExcerptHtml, DateTime? StartUtc, DateTime? EndUtc);

/// <summary>
/// A page of results. <see cref="Approximate"/>: nothing matched exactly and these are the close spellings, with
/// <see cref="Suggestion"/> the words as the results spell them. <see cref="State"/> other than Ready: the index is
/// being built and the results come from the titles in the database.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, bool Approximate, string? Suggestion, SearchIndexState State)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResults None(SearchRequest request, SearchIndexState state) =>
        new([], 0, request.Page, request.PageSize, false, null, state);
}
