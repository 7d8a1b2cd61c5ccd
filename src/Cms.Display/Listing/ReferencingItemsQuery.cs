using Cms.Abstractions.Content;

namespace Cms.Display.Listing;

/// <summary>
/// What the page of a referenced item needs, for any type: the published items of a type whose picker field
/// holds it (e.g. <c>new ReferencingItemsQuery("Article", "Article", "Authors", "Article", "Date", "Date")</c>), upcoming (end, or start when no end, not yet past; soonest first) then past (most
/// recent first), <see cref="PageSize"/> per page, through <see cref="IContentQuery"/>'s indexes.
/// </summary>
public sealed record ReferencingItemsQuery(
    string ContentType, string PickerPart, string PickerField, string DatePart, string StartField, string EndField, int PageSize = 20);

/// <summary>
/// One page of the referencing items: the upcoming ones, then the past ones, in one sequence cut in pages (a page can
/// hold the last upcoming items and the first past ones). The totals are those of the whole lists.
/// </summary>
public sealed record ReferencingItems(
    IReadOnlyList<ContentItem> Upcoming, int UpcomingTotal, IReadOnlyList<ContentItem> Past, int PastTotal, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (int)(((long)UpcomingTotal + PastTotal + PageSize - 1) / PageSize);
}

public sealed class ReferencingItemsLoader(IContentQuery query, TimeProvider clock)
{
    /// <param name="page">1-based page of the sequence "upcoming then past".</param>
    public async Task<ReferencingItems> LoadAsync(ReferencingItemsQuery spec, string contentItemId, int page, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var size = Math.Max(1, spec.PageSize);
        page = Math.Max(1, page);
        var common = new ContentListQuery
        {
            ContentType = spec.ContentType,
            Status = ContentStatus.Published,
            PickerPart = spec.PickerPart,
            PickerField = spec.PickerField,
            PickedAnyOf = [contentItemId],
            DatePart = spec.DatePart,
            DateField = spec.StartField,
            EndDateField = spec.EndField,
            PageSize = size,
        };
        var upcomingQuery = common with { EndsOnOrAfterUtc = now, Sort = ContentSort.DateAsc };
        var pastQuery = common with { EndsBeforeUtc = now, Sort = ContentSort.DateDesc };

        // Upcoming items are the first of the sequence: page n of them is exactly their part of page n.
        var upcoming = await query.ListAsync(upcomingQuery with { Page = page }, cancellationToken);
        var remaining = size - upcoming.Items.Count;
        var offset = (long)(page - 1) * size;
        List<ContentItem> past = [];
        int pastTotal;
        if (remaining == 0)
        {
            pastTotal = await CountAsync(pastQuery, cancellationToken);
        }
        else
        {
            // The past items start right after the last upcoming one: read the one or two pages of them this page spans.
            var pastOffset = (int)Math.Min(int.MaxValue, Math.Max(0, offset - upcoming.Total));
            var first = await query.ListAsync(pastQuery with { Page = pastOffset / size + 1 }, cancellationToken);
            pastTotal = first.Total;
            past.AddRange(first.Items.Skip(pastOffset % size));
            if (past.Count < remaining && first.Items.Count == size && pastOffset % size > 0)
            {
                past.AddRange((await query.ListAsync(pastQuery with { Page = pastOffset / size + 2 }, cancellationToken)).Items);
            }
            past = past.Take(remaining).ToList();
        }
        return new ReferencingItems(
            upcoming.Items.Where(i => i.Published).ToList(), upcoming.Total,
            past.Where(i => i.Published).ToList(), pastTotal, page, size);
    }

    /// <summary>Only the total: a page past any end is counted, never read.</summary>
    private async Task<int> CountAsync(ContentListQuery listQuery, CancellationToken cancellationToken) =>
        (await query.ListAsync(listQuery with { Page = int.MaxValue, PageSize = 1 }, cancellationToken)).Total;

    /// <summary>Every published item of a type, by title (for the index pages), page after page.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ListAllAsync(IContentQuery query, string contentType, CancellationToken cancellationToken)
    {
        var all = new List<ContentItem>();
        var published = new ContentListQuery { ContentType = contentType, Status = ContentStatus.Published, Sort = ContentSort.DisplayTextAsc, PageSize = 100 };
        await foreach (var item in query.ListAllAsync(published, cancellationToken))
        {
            if (item.Published) all.Add(item);
        }
        return all;
    }
}
