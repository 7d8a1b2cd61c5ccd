using Cms.Admin.Scheduling;

namespace Cms.Admin.Tests.Scheduling;

/// <summary>The Paris time typed in the scheduling forms, around the clock changes.</summary>
public class ScheduleInputTests
{
    [Theory]
    [InlineData("Europe/Paris", "heure de Paris")]
    [InlineData("America/Cayenne", "heure de Cayenne")]
    [InlineData("America/New_York", "heure de New York")]
    [InlineData("UTC", "heure UTC")]
    public void Forms_name_the_site_s_time_zone(string zone, string label)
    {
        var clock = Cms.Abstractions.Time.SiteClock.For(zone);
        Assert.Equal(label, clock.ZoneLabel);
        Assert.False(ScheduleInput.TryRead("", clock, out _, out var error));
        Assert.Equal($"Indiquez la date et l'heure ({label}).", error);
        Assert.StartsWith($"Date et {label}.", ScheduleText.TimeHint(clock));
    }

    [Fact]
    public void A_time_after_the_spring_change_is_summer_time()
    {
        Assert.True(ScheduleInput.TryRead("2027-03-28T03:30", Cms.Abstractions.Time.SiteClock.Default, out var utc, out _));
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_is_refused()
    {
        Assert.False(ScheduleInput.TryRead("2027-03-28T02:30", Cms.Abstractions.Time.SiteClock.Default, out _, out var error));
        Assert.Contains("n'existe pas en heure de Paris", error);
    }

    [Fact]
    public void A_time_that_occurs_twice_in_autumn_is_the_first_one_in_summer_time()
    {
        Assert.True(ScheduleInput.TryRead("2027-10-31T02:30", Cms.Abstractions.Time.SiteClock.Default, out var utc, out _));
        Assert.Equal(new DateTime(2027, 10, 31, 0, 30, 0, DateTimeKind.Utc), utc);
        Assert.True(ScheduleInput.TryRead("2027-10-31T03:30", Cms.Abstractions.Time.SiteClock.Default, out var after, out _));
        Assert.Equal(new DateTime(2027, 10, 31, 2, 30, 0, DateTimeKind.Utc), after);
    }

    [Theory]
    [InlineData("")]
    [InlineData("demain")]
    public void A_missing_or_unreadable_time_is_refused_with_a_message(string text)
    {
        Assert.False(ScheduleInput.TryRead(text, Cms.Abstractions.Time.SiteClock.Default, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
