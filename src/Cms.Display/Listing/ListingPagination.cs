namespace Cms.Display.Listing;

/// <summary>The DSFR pagination of a list (the shape the theme's pagination markup reads: <c>Model.Pagination</c>).</summary>
public sealed record ListingPagination(int Page, int PageCount, IReadOnlyList<ListingPageLink> Pages, string? FirstUrl, string? PreviousUrl, string? NextUrl, string? LastUrl)
{
    /// <summary>First, previous, a window of numbers around the page with ellipses, next, last; null for one page.</summary>
    /// <param name="url">The URL of a page number.</param>
    public static ListingPagination? Build(int page, int pageCount, Func<int, string> url, int around = 2)
    {
        if (pageCount <= 1) return null;
        var numbers = new SortedSet<int> { 1, pageCount };
        for (var n = Math.Max(1, page - around); n <= Math.Min(pageCount, page + around); n++) numbers.Add(n);
        var links = new List<ListingPageLink>();
        var previous = 0;
        foreach (var n in numbers)
        {
            if (previous != 0 && n > previous + 1) links.Add(new ListingPageLink(null, null, false));
            links.Add(new ListingPageLink(n, url(n), n == page));
            previous = n;
        }
        return new ListingPagination(page, pageCount, links,
            page > 1 ? url(1) : null,
            page > 1 ? url(page - 1) : null,
            page < pageCount ? url(page + 1) : null,
            page < pageCount ? url(pageCount) : null);
    }
}

/// <summary>A page number and its URL, or an ellipsis (no number).</summary>
public sealed record ListingPageLink(int? Number, string? Url, bool Current);
