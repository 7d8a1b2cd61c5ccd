using Cms.Abstractions.Time;
using System.Text.Json;
using Cms.Events.Dates;
using Cms.Events.Display;

namespace Cms.Events.Tests;

public class EventJsonLdTests
{
    private static JsonElement Parse(Models.EventDetails details) =>
        JsonDocument.Parse(EventJsonLd.Serialize(EventJsonLd.Build(details, SiteClock.Default))).RootElement;

    [Fact]
    public void Describes_the_event_for_schema_org()
    {
        var json = Parse(SampleEvents.Bordeaux());
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", json.GetProperty("name").GetString());
        Assert.Equal("2023-10-18T09:00:00+02:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2023-10-20T19:00:00+02:00", json.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.StartsWith("La DINUM est partenaire", json.GetProperty("description").GetString());
        Assert.Equal("https://www.example.gouv.fr/media/uploads/1500-500-max%20bis.jpg", json.GetProperty("image")[0].GetString());
        Assert.Equal("Direction interministérielle du numérique", json.GetProperty("organizer").GetProperty("name").GetString());
    }

    [Fact]
    public void Location_is_a_place_with_a_postal_address()
    {
        var location = Parse(SampleEvents.Bordeaux()).GetProperty("location");
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        Assert.Equal("Palais de la Bourse", location.GetProperty("name").GetString());
        var address = location.GetProperty("address");
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal("17 place de la Bourse", address.GetProperty("streetAddress").GetString());
        Assert.Equal("33076", address.GetProperty("postalCode").GetString());
        Assert.Equal("Bordeaux", address.GetProperty("addressLocality").GetString());
        Assert.Equal("FR", address.GetProperty("addressCountry").GetString());
    }

    [Fact]
    public void Winter_dates_carry_the_winter_offset()
    {
        var details = SampleEvents.Bordeaux() with
        {
            StartUtc = new DateTime(2024, 1, 15, 8, 0, 0, DateTimeKind.Utc),
            EndUtc = null,
        };
        var json = Parse(details);
        Assert.Equal("2024-01-15T09:00:00+01:00", json.GetProperty("startDate").GetString());
        Assert.False(json.TryGetProperty("endDate", out _));
    }

    [Fact]
    public void Events_without_hours_are_given_in_whole_days()
    {
        var details = SampleEvents.Bordeaux() with
        {
            StartUtc = new DateTime(2023, 10, 17, 22, 0, 0, DateTimeKind.Utc),
            EndUtc = new DateTime(2023, 10, 19, 22, 0, 0, DateTimeKind.Utc),
        };
        var json = Parse(details);
        Assert.Equal("2023-10-18", json.GetProperty("startDate").GetString());
        Assert.Equal("2023-10-20", json.GetProperty("endDate").GetString());
    }

    [Fact]
    public void Online_event_has_a_virtual_location()
    {
        var details = SampleEvents.Bordeaux() with { Venue = "Webinaire 100% en ligne", Address = null };
        var json = Parse(details);
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", json.GetProperty("location").GetProperty("@type").GetString());
    }

    [Fact]
    public void Text_cannot_close_the_script_element()
    {
        var details = SampleEvents.Bordeaux() with { Title = "</script><script>alert(1)</script>" };
        var text = EventJsonLd.Serialize(EventJsonLd.Build(details, SiteClock.Default));
        Assert.DoesNotContain("</script>", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(details.Title, JsonDocument.Parse(text).RootElement.GetProperty("name").GetString());
    }
}
