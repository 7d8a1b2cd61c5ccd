using Cms.Abstractions.Time;
using Cms.Events.Dates;

namespace Cms.Events.Agenda;

/// <summary>Where an event stands on a given day: coming (or running), over, or without any date.</summary>
public enum EventTiming { Upcoming, Past, Undated }

/// <summary>
/// The agenda's rules, by calendar day in the site's time zone (a site setting, SiteClock):
/// <list type="bullet">
/// <item>an event is <b>upcoming</b> while the day of its end (of its start when it has no end) is today or later:
/// an event running several days stays listed until its last day is over, an event ending today stays listed
/// all day, an event ending at 00:30 on the 21st (Paris time) is listed until the 21st is over;</item>
/// <item>it is <b>past</b> from the next day on;</item>
/// <item>an event with neither start nor end is <b>undated</b>: it appears in neither list (nor in the calendar
/// feed, since a calendar entry needs a start) but keeps its page, its place in the sitemap and in the Atom feed.
/// An event with only an end date is listed by that end date.</item>
/// </list>
/// The boundary is the instant at which today begins in Paris, so that the database compares instants:
/// upcoming = (end, else start) ≥ that instant; past = (end, else start) &lt; it.
/// </summary>
public static class EventSchedule
{
    /// <summary>The UTC instant at which the current local day began.</summary>
    public static DateTime TodayStartUtc(DateTime nowUtc, SiteClock clock) => clock.StartOfDayUtc(clock.LocalDate(nowUtc));

    public static EventTiming Classify(DateTime? startUtc, DateTime? endUtc, DateTime nowUtc, SiteClock clock)
    {
        var reference = endUtc ?? startUtc;
        if (reference is null) return EventTiming.Undated;
        return reference.Value >= TodayStartUtc(nowUtc, clock) ? EventTiming.Upcoming : EventTiming.Past;
    }
}
