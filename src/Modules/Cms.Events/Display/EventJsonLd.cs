using Cms.Abstractions.Time;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Events.Dates;
using Cms.Events.Models;
using Cms.Events.Services;

namespace Cms.Events.Display;

/// <summary>The schema.org <c>Event</c> of an event page, as JSON-LD (https://schema.org/Event).</summary>
public static class EventJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // "<" and ">" stay escaped so that the document can never close the script element that carries it.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static JsonObject Build(EventDetails details, SiteClock clock)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = details.Title,
            ["url"] = details.Url,
            ["eventStatus"] = "https://schema.org/EventScheduled",
        };
        var end = details.EndUtc is { } e && (details.StartUtc is null || e >= details.StartUtc) ? e : (DateTime?)null;
        // An all-day event, or one without any time of day (midnight everywhere), is given in whole days: ISO dates.
        var wholeDays = details.StartUtc is { } s0 && (details.AllDay || clock.ToLocal(s0).TimeOfDay == TimeSpan.Zero
            && (end is null || clock.ToLocal(end.Value).TimeOfDay == TimeSpan.Zero));
        if (details.StartUtc is { } start) json["startDate"] = wholeDays ? Day(clock.ToLocal(start)) : Iso(clock.ToLocalOffset(start));
        if (end is not null) json["endDate"] = wholeDays ? Day(clock.ToLocal(end.Value)) : Iso(clock.ToLocalOffset(end.Value));
        if (!string.IsNullOrWhiteSpace(details.LeadText)) json["description"] = details.LeadText;

        var mode = AttendanceModeDetector.Detect(details.Venue, details.Address);
        if (mode.SchemaOrgUrl() is { } modeUrl) json["eventAttendanceMode"] = modeUrl;
        if (Location(details, mode) is { } location) json["location"] = location;

        if (details.Images.Count > 0)
        {
            json["image"] = new JsonArray(details.Images.Select(i => (JsonNode?)JsonValue.Create(i.Url)).ToArray());
        }
        if (!string.IsNullOrWhiteSpace(details.OrganizerName))
        {
            var organizer = new JsonObject { ["@type"] = "Organization", ["name"] = details.OrganizerName };
            if (details.OrganizerUrl is not null) organizer["url"] = details.OrganizerUrl;
            json["organizer"] = organizer;
        }
        if (details.Partners.Count > 0)
        {
            json["sponsor"] = new JsonArray(details.Partners.Select(p => (JsonNode?)Organization(p)).ToArray());
        }
        if (details.Themes.Count > 0)
        {
            json["keywords"] = string.Join(", ", details.Themes.Select(t => t.Title));
        }
        return json;
    }

    public static string Serialize(JsonObject json) => json.ToJsonString(Options);

    private static JsonObject? Location(EventDetails details, AttendanceMode mode)
    {
        var hasPlace = !string.IsNullOrWhiteSpace(details.Venue) || !string.IsNullOrWhiteSpace(details.Address);
        if (mode == AttendanceMode.Online)
        {
            return new JsonObject { ["@type"] = "VirtualLocation", ["url"] = details.Url };
        }
        if (!hasPlace) return null;
        var place = new JsonObject { ["@type"] = "Place" };
        if (!string.IsNullOrWhiteSpace(details.Venue)) place["name"] = details.Venue.Trim();
        if (FrenchAddress.Parse(details.Address) is { } address)
        {
            var postal = new JsonObject { ["@type"] = "PostalAddress" };
            if (address.Street is not null) postal["streetAddress"] = address.Street;
            if (address.PostalCode is not null) postal["postalCode"] = address.PostalCode;
            if (address.Locality is not null) postal["addressLocality"] = address.Locality;
            postal["addressCountry"] = "FR";
            place["address"] = postal;
        }
        return place;
    }

    private static JsonObject Organization(LinkedItem partner)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = partner.Title };
        if (partner.Url is not null) organization["url"] = partner.Url;
        return organization;
    }

    private static string Day(DateTime local) => local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
