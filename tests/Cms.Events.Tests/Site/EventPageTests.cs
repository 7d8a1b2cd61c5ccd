using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Ical.Net;

namespace Cms.Events.Tests.Site;

/// <summary>The event page, its JSON-LD and calendar file, the feeds, the sitemap and robots.txt, served by the real program.</summary>
public class EventPageTests(SqliteAgendaFixture fixture) : IClassFixture<SqliteAgendaFixture>
{
    private AgendaSite Site => fixture.Site;

    [Fact]
    public async Task Event_page_shows_dates_venue_images_infos_themes_and_partners()
    {
        var page = await Site.PageAsync("/agenda/atelier-demain");
        Assert.Equal("Atelier de demain", page.QuerySelector("h1")!.TextContent.Trim());
        var facts = page.QuerySelector(".cms-event__facts")!.TextContent;
        Assert.Contains("Le 11 novembre 2026 de 10 h à 12 h", facts);
        Assert.Contains("Palais de la Bourse", facts);
        Assert.Contains("17 place de la Bourse 33076 Bordeaux", facts);
        Assert.Contains("<strong>pratique</strong>", page.QuerySelector(".fr-text--lead")!.InnerHtml);

        var image = page.QuerySelector(".cms-event figure img")!;
        Assert.Equal("Des participants autour d'une table", image.GetAttribute("alt"));
        Assert.EndsWith("uploads/atelier.jpg", image.GetAttribute("src"));

        var buttons = page.QuerySelectorAll(".cms-event__info a.fr-btn").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("S'inscrire", "https://example.org/inscription")], buttons);
        Assert.DoesNotContain("javascript:", page.DocumentElement.OuterHtml);
        Assert.Contains(page.QuerySelectorAll(".cms-event__info h3"), h => h.TextContent.Trim() == "Horaires");

        Assert.Contains(page.QuerySelectorAll("a.fr-tag"), a => a.TextContent.Trim() == "Données & territoire" && a.GetAttribute("href") == "/thematiques/donnees-territoire");
        Assert.Contains(page.QuerySelectorAll(".cms-event__partners a"), a => a.GetAttribute("href") == "/partenaires/la-mednum");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/agenda/atelier-demain.ics");
        Assert.Contains("Le programme de", page.QuerySelector(".cms-body")!.TextContent);
    }

    [Fact]
    public async Task Event_page_head_has_schema_org_json_ld_and_open_graph()
    {
        var page = await Site.PageAsync("/agenda/atelier-demain");
        var script = page.QuerySelectorAll("script[type='application/ld+json']").Single();
        var json = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("2026-11-11T10:00:00+01:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2026-11-11T12:00:00+01:00", json.GetProperty("endDate").GetString());
        Assert.Equal("https://agenda.test/agenda/atelier-demain", json.GetProperty("url").GetString());
        Assert.Equal("Bordeaux", json.GetProperty("location").GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.StartsWith("https://agenda.test/", json.GetProperty("image")[0].GetString());
        Assert.Equal("Un atelier pratique sur les données.", json.GetProperty("description").GetString());

        Assert.Equal("Un atelier pratique sur les données.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.EndsWith("uploads/atelier.jpg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("type") == "text/calendar" && l.GetAttribute("href") == "/agenda/atelier-demain.ics");
    }

    [Fact]
    public async Task Event_calendar_file_parses_back()
    {
        using var response = await Site.Client.GetAsync("/agenda/atelier-demain.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal(fixture.Workshop.ContentItemId + "@agenda.test", vevent.Uid);
        Assert.Equal("Atelier de demain", vevent.Summary);
        Assert.Equal("Europe/Paris", vevent.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 11, 10, 0, 0), vevent.DtStart.Value);
        Assert.Equal(new Uri("https://agenda.test/agenda/atelier-demain"), vevent.Url);
        Assert.Equal(AgendaFixture.Now, vevent.DtStamp!.AsUtc);
    }

    [Fact]
    public async Task Agenda_calendar_holds_upcoming_and_recent_events()
    {
        var (status, text) = await Site.GetAsync("/agenda.ics");
        Assert.Equal(HttpStatusCode.OK, status);
        var calendar = Calendar.Load(text)!;
        var summaries = calendar.Events.Select(e => e.Summary).ToList();
        Assert.Contains("Conférence de décembre", summaries);
        Assert.Contains("Webinaire d'hier", summaries);
        Assert.Contains("Rencontre de septembre", summaries);
        Assert.DoesNotContain("Évènement sans date", summaries);
        Assert.Equal(summaries.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Paris");
    }

    [Fact]
    public async Task Atom_feed_lists_published_events_with_absolute_links()
    {
        var (status, text) = await Site.GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, status);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal("https://agenda.test/feed.xml", feed.Element(atom + "id")!.Value);
        var links = feed.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();
        Assert.Equal(9, links.Count);
        Assert.Contains("https://agenda.test/agenda/atelier-demain", links);
    }

    [Fact]
    public async Task Sitemap_lists_the_listing_pages_modules_register_and_every_published_item_with_a_path()
    {
        var (status, text) = await Site.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, status);
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(text).Root!.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")!.Value).ToList();
        Assert.Contains("https://agenda.test/", locations);
        Assert.Contains("https://agenda.test/agenda", locations);
        Assert.Contains("https://agenda.test/agenda/sans-date", locations);
        Assert.Contains("https://agenda.test/thematiques/donnees-territoire", locations);
        Assert.Contains("https://agenda.test/partenaires/la-mednum", locations);
        // The home page first, then the listings registered by Events, Thematiques and Partners (AddSitemapPath).
        Assert.Equal("https://agenda.test/", locations[0]);
        Assert.Equal(["https://agenda.test/", "https://agenda.test/agenda", "https://agenda.test/agenda/passes", "https://agenda.test/partenaires", "https://agenda.test/thematiques"],
            locations.Take(5).Order(StringComparer.Ordinal));
        // 5 listings + 2 themes + 1 partner + 9 published events.
        Assert.Equal(17, locations.Count);
    }

    [Fact]
    public async Task Robots_points_to_the_sitemap_and_keeps_crawlers_out_of_the_back_office()
    {
        var (status, text) = await Site.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Disallow: /admin", text);
        Assert.Contains("Sitemap: https://agenda.test/sitemap.xml", text);
    }
}
