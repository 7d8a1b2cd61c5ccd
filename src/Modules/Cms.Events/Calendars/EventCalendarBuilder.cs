using Cms.Abstractions.Content;
using Cms.Abstractions.Time;
using Cms.Events.Dates;
using Cms.Events.Models;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cms.Events.Calendars;

/// <summary>
/// iCalendar (RFC 5545) documents built with Ical.Net: one VEVENT per event, times in the site's time zone with
/// its VTIMEZONE, a UID stable across versions (from the ContentItemId), SEQUENCE growing with each change.
/// </summary>
public sealed class EventCalendarBuilder(SiteClock clock, string productId = "-//DINUM//Agenda CMS//FR")
{
    /// <summary>The UID of an event: its ContentItemId at the site's host, the same for every version.</summary>
    public static string Uid(string contentItemId, string host) => $"{contentItemId}@{host}";

    /// <summary>
    /// A calendar of <paramref name="events"/> (those without a start date are left out: a VEVENT needs one).
    /// <paramref name="name"/> is shown by calendar applications subscribing to the feed.
    /// </summary>
    public string Build(IEnumerable<EventDetails> events, string host, DateTime nowUtc, string? name = null)
    {
        var calendar = new Calendar { ProductId = productId, Method = "PUBLISH" };
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
            calendar.AddProperty("NAME", name);
            calendar.AddProperty("X-WR-TIMEZONE", clock.TimeZone.Id);
        }

        var dated = events.Where(e => e.StartUtc is not null).ToList();
        if (dated.Count > 0)
        {
            var earliest = dated.Min(e => e.StartUtc!.Value);
            calendar.AddTimeZone(VTimeZone.FromSystemTimeZone(clock.TimeZone, earliest.AddYears(-1), includeHistoricalData: false));
        }
        foreach (var details in dated)
        {
            calendar.Events.Add(ToEvent(details, host, nowUtc));
        }
        // RFC 5545 forbids control characters other than tab in a content line (line breaks are escaped by the
        // serializer): whatever reached the texts, the calendar stays valid.
        return ControlCharacters.Remove(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private CalendarEvent ToEvent(EventDetails details, string host, DateTime nowUtc)
    {
        var start = details.StartUtc!.Value;
        var end = details.EndUtc is { } e && e > start ? e : (DateTime?)null;
        var tzId = clock.TimeZone.Id;
        var vevent = new CalendarEvent
        {
            Uid = Uid(details.ContentItemId, host),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            Summary = details.Title,
            Url = new Uri(details.Url),
            Sequence = Sequence(details.ModifiedUtc),
        };

        var localStart = clock.ToLocal(start);
        // « Toute la journée », or dates without times (midnight, as imported documents give them): whole days.
        var allDay = details.AllDay
            || localStart.TimeOfDay == TimeSpan.Zero && (end is null || clock.ToLocal(end.Value).TimeOfDay == TimeSpan.Zero);
        if (allDay)
        {
            // DATE values. The end names the last day of the event, as the agenda and « du 18 au 20 octobre » read
            // it; DTEND is the day after it (exclusive, RFC 5545 §3.6.1). An all-day event ending on its start day
            // (end == start) is one day.
            vevent.DtStart = new CalDateTime(DateOnly.FromDateTime(localStart));
            var lastDay = details.EndUtc is { } last && last >= start ? DateOnly.FromDateTime(clock.ToLocal(last)) : DateOnly.FromDateTime(localStart);
            vevent.DtEnd = new CalDateTime(lastDay.AddDays(1));
        }
        else
        {
            vevent.DtStart = new CalDateTime(localStart, tzId, hasTime: true);
            if (end is not null) vevent.DtEnd = new CalDateTime(clock.ToLocal(end.Value), tzId, hasTime: true);
        }

        var location = string.Join(", ", new[] { details.Venue, details.Address }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        if (location.Length > 0) vevent.Location = location;
        var description = string.Join("\n\n", new[] { details.LeadText, details.Url }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (description.Length > 0) vevent.Description = description;
        if (details.Categories.Count > 0 || details.Themes.Count > 0)
        {
            vevent.Categories = details.Themes.Select(t => t.Title).Concat(details.Categories).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
        if (details.ModifiedUtc is { } modified) vevent.LastModified = new CalDateTime(DateTime.SpecifyKind(modified, DateTimeKind.Utc));
        if (details.CreatedUtc is { } created) vevent.Created = new CalDateTime(DateTime.SpecifyKind(created, DateTimeKind.Utc));
        return vevent;
    }

    /// <summary>
    /// SEQUENCE: seconds between 2020-01-01 and the last modification, so that each new version has a greater value
    /// (calendar applications replace an event only when its sequence grows).
    /// </summary>
    public static int Sequence(DateTime? modifiedUtc)
    {
        if (modifiedUtc is null) return 0;
        var seconds = (DateTime.SpecifyKind(modifiedUtc.Value, DateTimeKind.Utc) - new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
        return seconds <= 0 ? 0 : (int)Math.Min(seconds, int.MaxValue);
    }
}
