using Cms.Abstractions.Content;
using Cms.Abstractions.Time;
using System.Globalization;
using System.Text;
using System.Xml;
using Cms.Events.Dates;
using Cms.Events.Models;

namespace Cms.Events.Feeds;

/// <summary>
/// The Atom feed (RFC 4287) of the latest published events: one entry per event, newest publication first. Every text
/// goes through <see cref="ControlCharacters.Remove"/>: one character XML cannot hold must not break the feed.
/// </summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <param name="feedUrl">Absolute URL of the feed itself (its id and rel=self link).</param>
    /// <param name="siteUrl">Absolute URL of the site's home page.</param>
    public static string Write(string title, string feedUrl, string siteUrl, IReadOnlyList<EventDetails> events, DateTime nowUtc, SiteClock clock)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, "fr");
            writer.WriteElementString("id", Namespace, ControlCharacters.Remove(feedUrl));
            writer.WriteElementString("title", Namespace, ControlCharacters.Remove(title));
            var updated = events.Select(Updated).Where(d => d is not null).DefaultIfEmpty(nowUtc).Max()!.Value;
            writer.WriteElementString("updated", Namespace, Rfc3339(updated));
            Link(writer, "self", feedUrl, "application/atom+xml");
            Link(writer, "alternate", siteUrl, "text/html");
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, ControlCharacters.Remove(events.FirstOrDefault()?.OrganizerName ?? title));
            writer.WriteEndElement();

            foreach (var details in events)
            {
                writer.WriteStartElement("entry", Namespace);
                writer.WriteElementString("id", Namespace, ControlCharacters.Remove(details.Url));
                writer.WriteElementString("title", Namespace, ControlCharacters.Remove(details.Title));
                Link(writer, "alternate", details.Url, "text/html");
                writer.WriteElementString("updated", Namespace, Rfc3339(Updated(details) ?? nowUtc));
                if (details.PublishedUtc is { } published) writer.WriteElementString("published", Namespace, Rfc3339(published));
                var when = FrenchDateRange.Format(details.StartUtc, details.EndUtc, clock, details.AllDay);
                var place = string.Join(", ", new[] { details.Venue, details.Address }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
                var summary = string.Join(" — ", new[] { Capitalize(when), place, details.LeadText }.Where(s => !string.IsNullOrWhiteSpace(s)));
                if (summary.Length > 0)
                {
                    writer.WriteStartElement("summary", Namespace);
                    writer.WriteAttributeString("type", "text");
                    writer.WriteString(ControlCharacters.Remove(summary));
                    writer.WriteEndElement();
                }
                foreach (var theme in details.Themes)
                {
                    writer.WriteStartElement("category", Namespace);
                    writer.WriteAttributeString("term", ControlCharacters.Remove(theme.Title));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return builder.ToString();
    }

    private static DateTime? Updated(EventDetails details) => details.ModifiedUtc ?? details.PublishedUtc;

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", ControlCharacters.Remove(href));
        writer.WriteEndElement();
    }

    private static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Capitalize(string? text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
