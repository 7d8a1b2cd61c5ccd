namespace Cms.Events.Agenda;

/// <summary>Builds the DSFR pagination of a list: first, previous, a window of numbers with ellipses, next, last.</summary>
public static class Pagination
{
    /// <param name="url">The URL of a page number.</param>
    public static PaginationModel? Build(int page, int pageCount, Func<int, string> url, int around = 2)
    {
        if (pageCount <= 1) return null;
        var numbers = new SortedSet<int> { 1, pageCount };
        for (var n = Math.Max(1, page - around); n <= Math.Min(pageCount, page + around); n++) numbers.Add(n);
        var links = new List<PageLink>();
        var previous = 0;
        foreach (var n in numbers)
        {
            if (previous != 0 && n > previous + 1) links.Add(new PageLink(null, null, false));
            links.Add(new PageLink(n, url(n), n == page));
            previous = n;
        }
        return new PaginationModel(page, pageCount, links,
            page > 1 ? url(1) : null,
            page > 1 ? url(page - 1) : null,
            page < pageCount ? url(page + 1) : null,
            page < pageCount ? url(pageCount) : null);
    }
}
