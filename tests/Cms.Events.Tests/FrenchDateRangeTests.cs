using Cms.Abstractions.Time;
using Cms.Events.Dates;

namespace Cms.Events.Tests;

public class FrenchDateRangeTests
{
    private static readonly SiteClock Paris = SiteClock.Default;

    private static DateTime Utc(int y, int mo, int d, int h = 0, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Single_day_without_hours()
    {
        // Midnight in Paris (summer time) is 22:00 UTC the day before.
        Assert.Equal("le 18 octobre 2023", FrenchDateRange.Format(Utc(2023, 10, 17, 22), null, Paris));
    }

    [Fact]
    public void Single_day_with_hours()
    {
        Assert.Equal("le 18 octobre 2023 de 9 h à 19 h", FrenchDateRange.Format(Utc(2023, 10, 18, 7), Utc(2023, 10, 18, 17), Paris));
    }

    [Fact]
    public void Single_day_with_minutes()
    {
        Assert.Equal("le 5 décembre 2023 de 9 h 30 à 12 h 45", FrenchDateRange.Format(Utc(2023, 12, 5, 8, 30), Utc(2023, 12, 5, 11, 45), Paris));
    }

    [Fact]
    public void Start_time_only()
    {
        Assert.Equal("le 18 octobre 2023 à 14 h", FrenchDateRange.Format(Utc(2023, 10, 18, 12), null, Paris));
    }

    [Fact]
    public void Several_days_in_one_month()
    {
        Assert.Equal("du 18 au 20 octobre 2023", FrenchDateRange.Format(Utc(2023, 10, 17, 22), Utc(2023, 10, 19, 22), Paris));
    }

    [Fact]
    public void Several_days_across_two_months()
    {
        Assert.Equal("du 30 septembre au 2 octobre 2023", FrenchDateRange.Format(Utc(2023, 9, 29, 22), Utc(2023, 10, 1, 22), Paris));
    }

    [Fact]
    public void Several_days_across_two_years()
    {
        // Winter time: midnight in Paris is 23:00 UTC the day before.
        Assert.Equal("du 30 décembre 2023 au 2 janvier 2024", FrenchDateRange.Format(Utc(2023, 12, 29, 23), Utc(2024, 1, 1, 23), Paris));
    }

    [Fact]
    public void Several_days_with_hours_names_both_times()
    {
        // The reference event: 2023-10-18 09:00 +02:00 to 2023-10-20 19:00 +02:00.
        Assert.Equal("du 18 octobre à 9 h au 20 octobre 2023 à 19 h", FrenchDateRange.Format(Utc(2023, 10, 18, 7), Utc(2023, 10, 20, 17), Paris));
    }

    [Fact]
    public void First_of_the_month_is_written_1er()
    {
        Assert.Equal("du 1er au 3 mars 2024", FrenchDateRange.Format(Utc(2024, 2, 29, 23), Utc(2024, 3, 2, 23), Paris));
    }

    [Fact]
    public void Hours_follow_daylight_saving_time()
    {
        // 9:00 in Paris is 08:00 UTC in winter and 07:00 UTC in summer.
        Assert.Equal("le 29 mars 2024 à 9 h", FrenchDateRange.Format(Utc(2024, 3, 29, 8), null, Paris));
        Assert.Equal("le 2 avril 2024 à 9 h", FrenchDateRange.Format(Utc(2024, 4, 2, 7), null, Paris));
    }

    [Fact]
    public void Day_of_the_change_to_summer_time()
    {
        // On 31 March 2024 clocks go from 2:00 to 3:00: 01:30 UTC is 3:30 in Paris, 00:30 UTC is 1:30.
        Assert.Equal("le 31 mars 2024 de 1 h 30 à 3 h 30", FrenchDateRange.Format(Utc(2024, 3, 31, 0, 30), Utc(2024, 3, 31, 1, 30), Paris));
    }

    [Fact]
    public void Event_ending_at_half_past_midnight_is_dated_by_Paris_days()
    {
        // 19:00 → 00:30 Paris time (22:30 UTC, still the 20th in UTC).
        Assert.Equal("du 20 octobre à 19 h au 21 octobre 2023 à 0 h 30", FrenchDateRange.Format(Utc(2023, 10, 20, 17), Utc(2023, 10, 20, 22, 30), Paris));
    }

    [Fact]
    public void No_start_but_an_end()
    {
        Assert.Equal("jusqu'au 20 octobre 2023", FrenchDateRange.Format(null, Utc(2023, 10, 20, 17), Paris));
    }

    [Fact]
    public void No_dates_at_all()
    {
        Assert.Null(FrenchDateRange.Format(null, null, Paris));
    }

    [Fact]
    public void End_before_start_is_ignored()
    {
        Assert.Equal("le 18 octobre 2023 à 9 h", FrenchDateRange.Format(Utc(2023, 10, 18, 7), Utc(2023, 10, 17, 7), Paris));
    }

    [Fact]
    public void Month_label()
    {
        Assert.Equal("octobre 2023", FrenchDateRange.Month(2023, 10));
    }

    [Fact]
    public void All_day_events_say_so_on_one_day_and_show_no_hours_on_several()
    {
        Assert.Equal("le 18 octobre 2023, toute la journée", FrenchDateRange.Format(Utc(2023, 10, 17, 22), Utc(2023, 10, 17, 22), Paris, allDay: true));
        Assert.Equal("le 18 octobre 2023, toute la journée", FrenchDateRange.Format(Utc(2023, 10, 17, 22), null, Paris, allDay: true));
        // Times left in the data (not yet moved to midnight) are ignored.
        Assert.Equal("le 18 octobre 2023, toute la journée", FrenchDateRange.Format(Utc(2023, 10, 18, 7), Utc(2023, 10, 18, 17), Paris, allDay: true));
        Assert.Equal("du 18 au 20 octobre 2023", FrenchDateRange.Format(Utc(2023, 10, 18, 7), Utc(2023, 10, 20, 17), Paris, allDay: true));
    }
}
