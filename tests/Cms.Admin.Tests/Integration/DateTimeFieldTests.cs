using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;
using Cms.ContentFields.Fields;

namespace Cms.Admin.Tests.Integration;

/// <summary>Event dates typed in Paris time around the daylight-saving changes, stored in UTC, shown back unchanged.</summary>
public class DateTimeFieldTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task Dates_on_both_sides_of_a_change_are_stored_in_utc_and_do_not_drift_when_saved_again()
    {
        using var editor = await site.ClientAsync("editor");
        var id = await editor.CreateAsync("Event", "save",
            ("TitlePart.Title", "Nuit du changement d'heure"),
            ("Event.StartDate.Value", "2024-10-27T01:30"),
            ("Event.EndDate.Value", "2024-10-27T04:30"));

        var item = (await site.LatestAsync(id))!;
        Assert.Equal(new DateTime(2024, 10, 26, 23, 30, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(new DateTime(2024, 10, 27, 3, 30, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "EndDate")!.Value);

        var form = await editor.OpenAsync(id);
        Assert.Equal("2024-10-27T01:30", AdminClient.InputValue(form.Html, "Event.StartDate.Value"));
        Assert.Equal("2024-10-27T04:30", AdminClient.InputValue(form.Html, "Event.EndDate.Value"));

        using (var again = await editor.SubmitAsync(id, form, "save", ("TitlePart.Title", "Nuit du changement d'heure (2)")))
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = (await site.LatestAsync(id))!;
        Assert.Equal(item.GetField<DateTimeField>("Event", "StartDate")!.Value, saved.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(item.GetField<DateTimeField>("Event", "EndDate")!.Value, saved.GetField<DateTimeField>("Event", "EndDate")!.Value);
    }

    [Fact]
    public async Task A_summer_date_and_a_winter_date_keep_their_wall_clock_time()
    {
        using var editor = await site.ClientAsync("editor");
        var id = await editor.CreateAsync("Event", "save",
            ("TitlePart.Title", "Du printemps à l'hiver"),
            ("Event.StartDate.Value", "2025-03-29T09:00"),
            ("Event.EndDate.Value", "2025-03-31T18:00"));

        var item = (await site.LatestAsync(id))!;
        Assert.Equal(new DateTime(2025, 3, 29, 8, 0, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(new DateTime(2025, 3, 31, 16, 0, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "EndDate")!.Value);
        var (_, list) = await editor.GetPageAsync("/admin?type=Event&tri=debut&q=printemps");
        Assert.Contains("29/03/2025 à 09:00", list);
    }

    [Fact]
    public async Task A_time_that_does_not_exist_in_paris_is_refused_next_to_the_field_and_the_input_is_kept()
    {
        using var editor = await site.ClientAsync("editor");
        using var response = await editor.SubmitNewAsync("Event", "save",
            ("TitlePart.Title", "Heure inexistante"),
            ("Event.StartDate.Value", "2024-03-31T02:30"),
            ("Event.Venue.Text", "Lyon"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-error-for=\"Event.StartDate\"", html);
        Assert.Contains("n'existe pas en heure de Paris", WebUtility.HtmlDecode(html));
        Assert.Equal("2024-03-31T02:30", AdminClient.InputValue(html, "Event.StartDate.Value"));
        Assert.Equal("Heure inexistante", AdminClient.InputValue(html, "TitlePart.Title"));
        Assert.Equal("Lyon", AdminClient.InputValue(html, "Event.Venue.Text"));
    }

    [Fact]
    public async Task An_all_day_event_typed_with_times_is_stored_in_whole_days_shown_and_exported_as_such()
    {
        using var editor = await site.ClientAsync("editor");
        var (_, blank) = await editor.GetPageAsync("/admin/contenus/nouveau/Event");
        Assert.Contains("name=\"Event.AllDay.Value\"", blank);   // the checkbox, from the definition
        // 10:00 to 09:00 on one day: refused with times, one whole day when ticked « Toute la journée ».
        var id = await editor.CreateAsync("Event", "publish",
            ("TitlePart.Title", "Journée portes ouvertes"), ("AutoroutePart.Path", "agenda/journee-portes-ouvertes"),
            ("Event.StartDate.Value", "2026-06-12T10:00"), ("Event.EndDate.Value", "2026-06-12T09:00"), ("Event.AllDay.Value", "true"));

        var item = (await site.PublishedAsync(id))!;
        Assert.Equal(new DateTime(2026, 6, 11, 22, 0, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(new DateTime(2026, 6, 11, 22, 0, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "EndDate")!.Value);
        Assert.True(item.GetPart("Event")!["AllDay"]!["Value"]!.GetValue<bool>());

        using var visitor = await site.ClientAsync();
        var (_, page) = await visitor.GetPageAsync("/agenda/journee-portes-ouvertes");
        Assert.Contains("Le 12 juin 2026, toute la journée", WebUtility.HtmlDecode(page));
        var (_, ics) = await visitor.GetPageAsync("/agenda/journee-portes-ouvertes.ics");
        Assert.Contains("DTSTART;VALUE=DATE:20260612", ics);
        Assert.Contains("DTEND;VALUE=DATE:20260613", ics);

        // Untick: the times typed now count again, and 10:00 to 09:00 is refused.
        using var refused = await editor.SubmitAsync(id, await editor.OpenAsync(id), "publish",
            ("Event.StartDate.Value", "2026-06-12T10:00"), ("Event.EndDate.Value", "2026-06-12T09:00"), ("Event.AllDay.Value", ""));
        Assert.Contains("l'évènement doit finir après avoir commencé", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }
}
