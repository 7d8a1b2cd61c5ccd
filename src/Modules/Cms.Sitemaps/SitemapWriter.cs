using Cms.Abstractions.Content;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Cms.Sitemaps;

/// <summary>A sitemaps.org 0.9 document: one url element per page, with its last modification date.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, ControlCharacters.Remove(entry.Url));
                if (entry.LastModifiedUtc is { } modified)
                {
                    writer.WriteElementString("lastmod", Namespace,
                        DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return builder.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}

/// <summary>One page of the sitemap: absolute URL and last modification (UTC).</summary>
public sealed record SitemapEntry(string Url, DateTime? LastModifiedUtc);
