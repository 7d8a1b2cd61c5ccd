using Cms.Abstractions.Time;
using Cms.Events.Agenda;
using Cms.Events.Dates;

namespace Cms.Events.Tests;

public class EventScheduleTests
{
    private static readonly SiteClock Paris = SiteClock.Default;

    private static DateTime Utc(int y, int mo, int d, int h = 0, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Multi_day_event_stays_upcoming_until_its_last_day_is_over()
    {
        var start = Utc(2023, 10, 18, 7);
        var end = Utc(2023, 10, 20, 17);
        Assert.Equal(EventTiming.Upcoming, EventSchedule.Classify(start, end, Utc(2023, 10, 19, 12), Paris));
        Assert.Equal(EventTiming.Upcoming, EventSchedule.Classify(start, end, Utc(2023, 10, 20, 21, 59), Paris));
        // 22:00 UTC on the 20th is midnight on the 21st in Paris.
        Assert.Equal(EventTiming.Past, EventSchedule.Classify(start, end, Utc(2023, 10, 20, 22), Paris));
    }

    [Fact]
    public void Event_ending_today_is_still_upcoming_after_its_end_time()
    {
        var start = Utc(2023, 11, 14, 8);
        var end = Utc(2023, 11, 14, 10);
        Assert.Equal(EventTiming.Upcoming, EventSchedule.Classify(start, end, Utc(2023, 11, 14, 18), Paris));
        Assert.Equal(EventTiming.Past, EventSchedule.Classify(start, end, Utc(2023, 11, 15, 9), Paris));
    }

    [Fact]
    public void Without_end_date_the_start_day_counts()
    {
        var start = Utc(2023, 11, 14, 8);
        Assert.Equal(EventTiming.Upcoming, EventSchedule.Classify(start, null, Utc(2023, 11, 14, 22, 59), Paris));
        Assert.Equal(EventTiming.Past, EventSchedule.Classify(start, null, Utc(2023, 11, 14, 23), Paris));
    }

    [Fact]
    public void Without_any_date_the_event_is_undated()
    {
        Assert.Equal(EventTiming.Undated, EventSchedule.Classify(null, null, Utc(2023, 11, 14), Paris));
    }

    [Fact]
    public void Event_ending_at_half_past_midnight_Paris_time_belongs_to_the_next_Paris_day()
    {
        // Ends 2023-10-21 00:30 in Paris = 2023-10-20 22:30 UTC: still listed during the 21st in Paris.
        var end = Utc(2023, 10, 20, 22, 30);
        Assert.Equal(EventTiming.Upcoming, EventSchedule.Classify(Utc(2023, 10, 20, 17), end, Utc(2023, 10, 21, 12), Paris));
        Assert.Equal(EventTiming.Past, EventSchedule.Classify(Utc(2023, 10, 20, 17), end, Utc(2023, 10, 21, 22), Paris));
    }

    [Fact]
    public void Today_starts_at_Paris_midnight_across_daylight_saving_changes()
    {
        // Summer time ends on 27 October 2024: that day starts at 22:00 UTC the day before, the next at 23:00 UTC.
        Assert.Equal(Utc(2024, 10, 26, 22), EventSchedule.TodayStartUtc(Utc(2024, 10, 27, 12), Paris));
        Assert.Equal(Utc(2024, 10, 27, 23), EventSchedule.TodayStartUtc(Utc(2024, 10, 28, 0, 30), Paris));
        // Summer time begins on 31 March 2024: that day starts at 23:00 UTC, the next at 22:00 UTC.
        Assert.Equal(Utc(2024, 3, 30, 23), EventSchedule.TodayStartUtc(Utc(2024, 3, 31, 12), Paris));
        Assert.Equal(Utc(2024, 3, 31, 22), EventSchedule.TodayStartUtc(Utc(2024, 4, 1, 6), Paris));
    }

    [Fact]
    public void Paris_day_not_UTC_day_decides()
    {
        // 23:30 UTC on 14 November is already the 15th in Paris: an event of the 14th is past.
        Assert.Equal(EventTiming.Past, EventSchedule.Classify(Utc(2023, 11, 14, 8), null, Utc(2023, 11, 14, 23, 30), Paris));
    }
}
