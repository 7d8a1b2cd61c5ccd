using Cms.Abstractions.Content;

namespace Cms.Display.Listing;

/// <summary>
/// What the pages of a referenced item (a thematic track, a partner) need: the published items of a type whose
/// ContentPickerField holds it, split in upcoming (end, or start when no end, not yet past; soonest first) and past
/// (most recent first), through <see cref="IContentQuery"/>'s indexes.
/// </summary>
public sealed record ReferencingItemsQuery(
    string ContentType, string PickerPart, string PickerField, string DatePart, string StartField, string EndField, int Limit = 60);

public sealed record ReferencingItems(IReadOnlyList<ContentItem> Upcoming, int UpcomingTotal, IReadOnlyList<ContentItem> Past, int PastTotal);

public sealed class ReferencingItemsLoader(IContentQuery query, TimeProvider clock)
{
    /// <summary>The usual case: events whose <c>Event.{pickerField}</c> holds the item.</summary>
    public static ReferencingItemsQuery EventsBy(string pickerField) => new("Event", "Event", pickerField, "Event", "StartDate", "EndDate");

    public async Task<ReferencingItems> LoadAsync(ReferencingItemsQuery spec, string contentItemId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
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
            PageSize = spec.Limit,
        };
        var upcoming = await query.ListAsync(common with { EndsOnOrAfterUtc = now, Sort = ContentSort.DateAsc }, cancellationToken);
        var past = await query.ListAsync(common with { EndsBeforeUtc = now, Sort = ContentSort.DateDesc }, cancellationToken);
        return new ReferencingItems(
            upcoming.Items.Where(i => i.Published).ToList(), upcoming.Total,
            past.Items.Where(i => i.Published).ToList(), past.Total);
    }

    /// <summary>Every published item of a type, by title (for the index pages), page after page.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ListAllAsync(IContentQuery query, string contentType, CancellationToken cancellationToken)
    {
        var all = new List<ContentItem>();
        for (var page = 1; ; page++)
        {
            var result = await query.ListAsync(new ContentListQuery
            {
                ContentType = contentType,
                Status = ContentStatus.Published,
                Sort = ContentSort.DisplayTextAsc,
                Page = page,
                PageSize = 100,
            }, cancellationToken);
            all.AddRange(result.Items.Where(i => i.Published));
            if (page >= result.PageCount || result.Items.Count == 0) break;
        }
        return all;
    }
}
