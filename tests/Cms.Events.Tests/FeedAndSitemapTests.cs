using Cms.Abstractions.Time;
using System.Xml.Linq;
using Cms.Events.Dates;
using Cms.Events.Feeds;
using Cms.Sitemaps;

namespace Cms.Events.Tests;

public class FeedAndSitemapTests
{
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;
    private static readonly XNamespace Sitemap = SitemapWriter.Namespace;

    [Fact]
    public void Atom_feed_parses_as_xml_with_one_entry_per_event()
    {
        var other = SampleEvents.Bordeaux() with { ContentItemId = "b", Title = "Café <transfo> & co", Url = "https://www.example.gouv.fr/agenda/cafe" };
        var text = AtomFeedWriter.Write("Agenda", "https://www.example.gouv.fr/feed.xml", "https://www.example.gouv.fr/",
            [SampleEvents.Bordeaux(), other], new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc), SiteClock.Default);
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://www.example.gouv.fr/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2023-08-01T09:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("Café <transfo> & co", entries[1].Element(Atom + "title")!.Value);
        var summary = entries[0].Element(Atom + "summary")!.Value;
        Assert.StartsWith("Du 18 octobre à 9 h au 20 octobre 2023 à 19 h — Palais de la Bourse", summary);
        Assert.Equal("2023-07-26T12:24:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.Equal("Souveraineté", (string?)entries[0].Element(Atom + "category")!.Attribute("term"));
    }

    [Fact]
    public void Empty_feed_is_still_valid()
    {
        var now = new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        var feed = XDocument.Parse(AtomFeedWriter.Write("Agenda", "https://x.fr/feed.xml", "https://x.fr/", [], now, SiteClock.Default)).Root!;
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("2023-10-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Sitemap_parses_as_xml()
    {
        var text = SitemapWriter.Write([
            new SitemapEntry("https://x.fr/", null),
            new SitemapEntry("https://x.fr/agenda/a?b=1&c=2", new DateTime(2023, 8, 1, 9, 0, 0, DateTimeKind.Utc)),
        ]);
        var root = XDocument.Parse(text).Root!;
        Assert.Equal(Sitemap + "urlset", root.Name);
        var urls = root.Elements(Sitemap + "url").ToList();
        Assert.Equal(2, urls.Count);
        Assert.Equal("https://x.fr/agenda/a?b=1&c=2", urls[1].Element(Sitemap + "loc")!.Value);
        Assert.Equal("2023-08-01T09:00:00Z", urls[1].Element(Sitemap + "lastmod")!.Value);
        Assert.Null(urls[0].Element(Sitemap + "lastmod"));
    }

    [Fact]
    public void Robots_allows_all_but_the_back_office_and_points_to_the_sitemap()
    {
        var lines = RobotsTxt.Write("https://x.fr/sitemap.xml").Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Sitemap: https://x.fr/sitemap.xml", lines);
    }
}
