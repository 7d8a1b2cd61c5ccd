using Cms.Abstractions.Content;
using Cms.Abstractions.Time;
using Cms.ContentFields.Fields;
using Cms.Events.Models;
using Cms.Events.Validation;

namespace Cms.Events.Tests;

/// <summary>
/// The Event module's rules, run by the content manager on every write: the end not before the start, an end needs
/// a start, practical-information links a browser can open, and the all-day events whose times are ignored.
/// </summary>
public sealed class EventValidatorTests
{
    private static readonly EventValidator Validator = new(new DefaultClock());

    private static DateTime Paris(int y, int mo, int d, int h = 0, int mi = 0) =>
        SiteClock.Default.ToUtc(new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Unspecified));

    private static ContentItem Event(DateTime? start, DateTime? end, bool? allDay = null, params string[] links)
    {
        var item = new ContentItem { ContentItemId = "evt", ContentType = EventNames.ContentType };
        item.ApplyField(EventNames.Part, EventNames.StartDate, new DateTimeField { Value = start });
        item.ApplyField(EventNames.Part, EventNames.EndDate, new DateTimeField { Value = end });
        if (allDay is { } flag) item.ApplyField(EventNames.Part, EventNames.AllDay, new FlagField { Value = flag });
        item.SetBagItems(EventNames.InfoFieldsBag, links.Select((url, i) =>
        {
            var info = new ContentItem { ContentItemId = $"info{i}", ContentType = EventNames.InfoFieldType };
            info.ApplyField(EventNames.InfoFieldType, "Link", new LinkField { Url = url });
            return info;
        }));
        return item;
    }

    private static async Task<List<ContentValidationError>> SaveAsync(ContentItem item)
    {
        await Validator.UpdatingAsync(item, default);
        var errors = new List<ContentValidationError>();
        await Validator.ValidatingAsync(item, publishing: true, errors, default);
        return errors;
    }

    [Fact]
    public async Task An_end_before_the_start_on_the_same_day_is_refused_naming_the_field_and_both_times()
    {
        var errors = await SaveAsync(Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 12, 9)));

        var error = Assert.Single(errors);
        Assert.Equal("Event.EndDate", error.Field);
        Assert.Equal("« Fin » (12/03/2026 09:00) précède « Début » (12/03/2026 10:00) : l'évènement doit finir après avoir commencé.", error.Message);
    }

    [Fact]
    public async Task An_end_equal_to_or_after_the_start_and_an_event_without_dates_are_accepted()
    {
        Assert.Empty(await SaveAsync(Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 12, 10))));
        Assert.Empty(await SaveAsync(Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 14, 18))));
        Assert.Empty(await SaveAsync(Event(Paris(2026, 3, 12, 10), null)));
        Assert.Empty(await SaveAsync(Event(null, null)));
    }

    [Fact]
    public async Task An_end_without_a_start_is_refused()
    {
        var error = Assert.Single(await SaveAsync(Event(null, Paris(2026, 3, 12, 10))));
        Assert.Equal(("Event.StartDate", "« Début » est obligatoire quand « Fin » est renseignée."), (error.Field, error.Message));
    }

    [Fact]
    public async Task Practical_information_links_must_be_addresses_a_browser_can_open()
    {
        var errors = await SaveAsync(Event(null, null, null, "https://www.numerique.gouv.fr", "mailto:contact@example.gouv.fr", "/agenda", "www.sans-schema.fr", "javascript:alert(1)"));

        Assert.Equal(["InfoFields[3].InfoField.Link", "InfoFields[4].InfoField.Link"], errors.Select(e => e.Field));
        Assert.StartsWith("« Lien » de l'information pratique 4 : « www.sans-schema.fr » n'est pas une adresse valide", errors[0].Message);
    }

    [Fact]
    public async Task Other_types_are_left_alone()
    {
        var item = Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 11, 9));
        var other = ContentItem.FromJson(item.ToJson());
        other.ContentType = "Partner";
        Assert.Empty(await SaveAsync(other));
    }

    [Fact]
    public async Task An_all_day_event_ignores_times_its_dates_go_to_midnight_of_their_days()
    {
        // 10:00 to 09:00 on one day is wrong with times, right for a whole day.
        var item = Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 12, 9), allDay: true);

        Assert.Empty(await SaveAsync(item));

        var part = item.As<EventPart>(EventNames.Part)!;
        Assert.Equal(Paris(2026, 3, 12), part.StartUtc);
        Assert.Equal(Paris(2026, 3, 12), part.EndUtc);
    }

    [Fact]
    public async Task An_all_day_event_across_a_clock_change_keeps_its_days()
    {
        // 29 March 2026: summer time begins in Paris; midnight is 23:00 UTC before, 22:00 UTC after.
        var item = Event(Paris(2026, 3, 28, 15), Paris(2026, 3, 30, 11), allDay: true);

        Assert.Empty(await SaveAsync(item));

        var part = item.As<EventPart>(EventNames.Part)!;
        Assert.Equal(new DateTime(2026, 3, 27, 23, 0, 0, DateTimeKind.Utc), part.StartUtc);
        Assert.Equal(new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc), part.EndUtc);
    }

    [Fact]
    public async Task An_all_day_event_whose_last_day_comes_before_its_first_is_refused_in_days()
    {
        var error = Assert.Single(await SaveAsync(Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 11, 18), allDay: true)));
        Assert.Equal("Event.EndDate", error.Field);
        Assert.Equal("« Fin » (11/03/2026) précède « Début » (12/03/2026) : le dernier jour doit être le jour de début ou un jour suivant.", error.Message);
    }

    [Fact]
    public async Task An_event_not_ticked_all_day_keeps_its_times()
    {
        var item = Event(Paris(2026, 3, 12, 10), Paris(2026, 3, 12, 12), allDay: false);
        Assert.Empty(await SaveAsync(item));
        Assert.Equal(Paris(2026, 3, 12, 10), item.As<EventPart>(EventNames.Part)!.StartUtc);
    }

    [Fact]
    public async Task Fields_are_read_as_the_part_reads_them_names_in_any_case_the_last_one_winning()
    {
        // A recipe's or an API client's JSON: the part's names in another case, the end given twice (the last one
        // counts, as for As<EventPart>), a bag holding a value that is not an item (skipped, not counted).
        var item = ContentItem.Parse("""
            { "ContentItemId": "evt", "ContentType": "Event",
              "Event": { "startdate": { "value": "2026-03-12T09:00:00Z" }, "EndDate": { "Value": "2026-03-14T09:00:00Z" }, "ENDDATE": { "Value": "2026-03-12T08:00:00Z" } },
              "InfoFields": { "ContentItems": [ 42, { "ContentType": "InfoField", "InfoField": { "link": { "url": "www.sans-schema.fr" } } } ] } }
            """);
        var part = item.As<EventPart>(EventNames.Part)!;
        Assert.Equal((new DateTime(2026, 3, 12, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 12, 8, 0, 0, DateTimeKind.Utc)), (part.StartUtc, part.EndUtc));

        var errors = await SaveAsync(item);

        Assert.Equal(["Event.EndDate", "InfoFields[0].InfoField.Link"], errors.Select(e => e.Field));
        Assert.Equal("« Fin » (12/03/2026 09:00) précède « Début » (12/03/2026 10:00) : l'évènement doit finir après avoir commencé.", errors[0].Message);
    }

    private sealed class DefaultClock : ISiteClock
    {
        public SiteClock Current => SiteClock.Default;
    }
}
