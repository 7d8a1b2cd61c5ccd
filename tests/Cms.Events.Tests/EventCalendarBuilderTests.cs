using Cms.Abstractions.Time;
using Cms.Events.Calendars;
using Cms.Events.Dates;
using Ical.Net;

namespace Cms.Events.Tests;

public class EventCalendarBuilderTests
{
    private static readonly DateTime Now = new(2023, 10, 1, 8, 0, 0, DateTimeKind.Utc);

    private static Calendar BuildAndParse(params Models.EventDetails[] events)
    {
        var text = new EventCalendarBuilder(SiteClock.Default).Build(events, "www.example.gouv.fr", Now, "Agenda");
        return Calendar.Load(text)!;
    }

    [Fact]
    public void One_event_parses_back_with_Paris_times_and_its_time_zone()
    {
        var calendar = BuildAndParse(SampleEvents.Bordeaux());
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal("4bh3kq0ve9x8z2c1m7n5p6r0st@www.example.gouv.fr", vevent.Uid);
        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", vevent.Summary);
        Assert.Equal("Europe/Paris", vevent.DtStart!.TzId);
        Assert.Equal(new DateTime(2023, 10, 18, 9, 0, 0), vevent.DtStart.Value);
        Assert.Equal(new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc), vevent.DtStart.AsUtc);
        Assert.Equal(new DateTime(2023, 10, 20, 17, 0, 0, DateTimeKind.Utc), vevent.DtEnd!.AsUtc);
        Assert.Equal("Palais de la Bourse, 17 place de la Bourse 33076 Bordeaux", vevent.Location);
        Assert.Equal(new Uri("https://www.example.gouv.fr/agenda/la-dinum-partenaire-de-numerique-en-communs-a-bordeaux"), vevent.Url);
        Assert.Contains("La DINUM est partenaire", vevent.Description);
        Assert.Equal(new DateTime(2023, 8, 1, 9, 0, 0, DateTimeKind.Utc), vevent.LastModified!.AsUtc);
        Assert.Equal(Now, vevent.DtStamp!.AsUtc);
        Assert.Equal(EventCalendarBuilder.Sequence(new DateTime(2023, 8, 1, 9, 0, 0, DateTimeKind.Utc)), vevent.Sequence);
        Assert.Contains("Souveraineté", vevent.Categories);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Paris");
    }

    [Fact]
    public void Uid_is_stable_and_sequence_grows_with_each_change()
    {
        var first = BuildAndParse(SampleEvents.Bordeaux()).Events.Single();
        var changed = SampleEvents.Bordeaux() with { Title = "Nouveau titre", ModifiedUtc = new DateTime(2023, 9, 1, 9, 0, 0, DateTimeKind.Utc) };
        var second = BuildAndParse(changed).Events.Single();
        Assert.Equal(first.Uid, second.Uid);
        Assert.True(second.Sequence > first.Sequence);
    }

    [Fact]
    public void Whole_day_events_use_dates_and_an_exclusive_end()
    {
        // 30 December 2023 to 2 January 2024, midnight Paris time (winter: UTC+1).
        var details = SampleEvents.Bordeaux() with
        {
            StartUtc = new DateTime(2023, 12, 29, 23, 0, 0, DateTimeKind.Utc),
            EndUtc = new DateTime(2024, 1, 1, 23, 0, 0, DateTimeKind.Utc),
        };
        var vevent = BuildAndParse(details).Events.Single();
        Assert.False(vevent.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2023, 12, 30), vevent.DtStart.Date);
        // « du 30 décembre 2023 au 2 janvier 2024 »: the 2nd is the last day, DTEND the day after.
        Assert.Equal(new DateOnly(2024, 1, 3), vevent.DtEnd!.Date);
    }

    [Fact]
    public void One_whole_day_ends_the_next_day()
    {
        var details = SampleEvents.Bordeaux() with { StartUtc = new DateTime(2024, 1, 14, 23, 0, 0, DateTimeKind.Utc), EndUtc = null };
        var vevent = BuildAndParse(details).Events.Single();
        Assert.Equal(new DateOnly(2024, 1, 15), vevent.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 1, 16), vevent.DtEnd!.Date);
    }

    [Fact]
    public void Undated_events_are_left_out_and_every_uid_is_unique()
    {
        var undated = SampleEvents.Bordeaux() with { ContentItemId = "undated", StartUtc = null, EndUtc = null };
        var other = SampleEvents.Bordeaux() with { ContentItemId = "other", Url = "https://www.example.gouv.fr/agenda/other" };
        var calendar = BuildAndParse(SampleEvents.Bordeaux(), undated, other);
        Assert.Equal(2, calendar.Events.Count);
        Assert.Equal(2, calendar.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void Times_across_the_change_to_winter_time_keep_their_instant()
    {
        // 27 October 2024: 01:30 UTC is 2:30 CET (after the change), 00:30 UTC is 2:30 CEST (before).
        var details = SampleEvents.Bordeaux() with
        {
            StartUtc = new DateTime(2024, 10, 26, 23, 0, 0, DateTimeKind.Utc),
            EndUtc = new DateTime(2024, 10, 27, 8, 0, 0, DateTimeKind.Utc),
        };
        var vevent = BuildAndParse(details).Events.Single();
        Assert.Equal(new DateTime(2024, 10, 26, 23, 0, 0, DateTimeKind.Utc), vevent.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2024, 10, 27, 8, 0, 0, DateTimeKind.Utc), vevent.DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2024, 10, 27, 9, 0, 0), vevent.DtEnd.Value);
    }

    [Fact]
    public void An_event_ticked_all_day_uses_dates_even_when_its_times_are_not_midnight()
    {
        // « Toute la journée » on data saved before its dates were moved to midnight (e.g. an import): times ignored.
        var details = SampleEvents.Bordeaux() with { AllDay = true };
        var vevent = BuildAndParse(details).Events.Single();
        Assert.False(vevent.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2023, 10, 18), vevent.DtStart.Date);
        Assert.Equal(new DateOnly(2023, 10, 21), vevent.DtEnd!.Date);
    }

    [Fact]
    public void An_all_day_event_ending_on_its_start_day_is_one_day()
    {
        var midnight = new DateTime(2024, 1, 14, 23, 0, 0, DateTimeKind.Utc);
        var vevent = BuildAndParse(SampleEvents.Bordeaux() with { StartUtc = midnight, EndUtc = midnight, AllDay = true }).Events.Single();
        Assert.Equal(new DateOnly(2024, 1, 15), vevent.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 1, 16), vevent.DtEnd!.Date);
    }
}
