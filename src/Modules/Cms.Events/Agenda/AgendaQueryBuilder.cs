using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Events.Dates;
using Cms.Events.Models;

namespace Cms.Events.Agenda;

/// <summary>Which list: coming events (soonest first) or past ones (newest first).</summary>
public enum AgendaList { Upcoming, Past }

/// <summary>
/// Turns an agenda list and its filters into one indexed, paginated <see cref="ContentListQuery"/> on published
/// events (see <see cref="EventSchedule"/> for the rules). A month or a year keeps the events that overlap it:
/// started before its end and not ended before its beginning.
/// </summary>
public static class AgendaQueryBuilder
{
    public static ContentListQuery Build(AgendaList list, AgendaFilter filter, IReadOnlyList<string> themeIds, DateTime nowUtc, SiteClock clock, int pageSize)
    {
        var today = EventSchedule.TodayStartUtc(nowUtc, clock);
        var query = new ContentListQuery
        {
            ContentType = EventNames.ContentType,
            Status = ContentStatus.Published,
            DatePart = EventNames.Part,
            DateField = EventNames.StartDate,
            EndDateField = EventNames.EndDate,
            Sort = list == AgendaList.Upcoming ? ContentSort.DateAsc : ContentSort.DateDesc,
            Page = filter.Page,
            PageSize = pageSize,
        };
        DateTime? endsOnOrAfter = list == AgendaList.Upcoming ? today : null;
        DateTime? endsBefore = list == AgendaList.Past ? today : null;
        DateTime? startsBefore = null;

        if (Window(filter, clock) is var (from, to))
        {
            endsOnOrAfter = endsOnOrAfter is { } e && e > from ? e : from;
            startsBefore = to;
        }
        query = query with { EndsOnOrAfterUtc = endsOnOrAfter, EndsBeforeUtc = endsBefore, DateToUtc = startsBefore };

        if (filter.ThemeSlugs.Count > 0)
        {
            // Slugs that name no theme leave an id list that matches nothing rather than no filter at all.
            query = query with
            {
                PickerPart = EventNames.Part,
                PickerField = EventNames.Themes,
                PickedAnyOf = themeIds.Count > 0 ? themeIds : ["-"],
            };
        }
        return query;
    }

    /// <summary>The UTC bounds [from, to) of the chosen month or year, or null.</summary>
    public static (DateTime From, DateTime To)? Window(AgendaFilter filter, SiteClock clock)
    {
        if (filter.Month is { } month)
        {
            return (clock.StartOfDayUtc(month), clock.StartOfDayUtc(month.AddMonths(1)));
        }
        if (filter.Year is { } year)
        {
            return (clock.StartOfDayUtc(new DateOnly(year, 1, 1)), clock.StartOfDayUtc(new DateOnly(year + 1, 1, 1)));
        }
        return null;
    }
}
