using System.Globalization;
using System.Text;
using System.Xml;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display.Caching;
using Cms.Display.Rendering;
using Cms.Lists.Models;
using Microsoft.AspNetCore.Http;

namespace Cms.Lists.Feeds;

/// <summary>
/// A container's own Atom feed (RFC 4287) at its path + <c>/feed.xml</c> (<c>/blog/feed.xml</c>), written as the site's
/// <c>/feed.xml</c> is: its latest published items, newest publication first (whatever the editors' order), each with
/// its title, address, dates, author and a plain-text summary of its body. Every text goes through
/// <see cref="ControlCharacters.Remove"/>: one character XML cannot hold must not break the feed.
/// </summary>
public sealed class ListFeed(PublishedContent published, IContentDefinitionManager definitions, ContainedItems contained,
    ISiteSettingsStore settingsStore, IMarkdownService markdown)
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string FileName = "feed.xml";
    public const int EntryCount = 20;
    private const int SummaryLength = 300;

    /// <summary>The feed's path for a container's site path: <c>/blog</c> → <c>/blog/feed.xml</c>.</summary>
    public static string FeedPath(string containerUrl) => containerUrl.TrimEnd('/') + "/" + FileName;

    /// <summary>The feed of the published container at <paramref name="containerPath"/>, or null when there is none.</summary>
    public async Task<string?> AtomAsync(HttpContext http, string containerPath, CancellationToken cancellationToken)
    {
        var container = await published.GetByPathAsync(containerPath.Trim('/'), cancellationToken);
        if (container is not { Published: true } || ContentPaths.UrlOf(container) is not { } url) return null;
        var settings = await ContainedItems.SettingsAsync(definitions, container.ContentType, cancellationToken);
        if (settings is null) return null;
        var newestFirst = new ListPartSettings { ContainedContentTypes = settings.ContainedContentTypes, EnableOrdering = false };
        var items = await contained.ListAsync(container.ContentItemId, newestFirst, 1, pageSize: EntryCount, cancellationToken: cancellationToken);
        var site = await settingsStore.GetForReadingAsync(cancellationToken);
        var baseUrl = SiteUrls.BaseUrl(site, http);
        return Write(container, baseUrl + url, baseUrl, items.Items, site.SiteName);
    }

    private string Write(ContentItem container, string containerUrl, string baseUrl, IReadOnlyList<ContentItem> items, string siteName)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, "fr");
            var feedUrl = containerUrl + "/" + FileName;
            writer.WriteElementString("id", Namespace, Clean(feedUrl));
            writer.WriteElementString("title", Namespace, Clean(container.DisplayText ?? siteName));
            var updated = items.Select(Updated).Append(Updated(container)).Where(d => d is not null).DefaultIfEmpty(DateTime.UnixEpoch).Max()!.Value;
            writer.WriteElementString("updated", Namespace, Rfc3339(updated));
            Link(writer, "self", feedUrl, "application/atom+xml");
            Link(writer, "alternate", containerUrl, "text/html");
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, Clean(container.Author is { Length: > 0 } a ? a : siteName));
            writer.WriteEndElement();
            foreach (var item in items)
            {
                var url = ContentPaths.UrlOf(item) is { } path ? baseUrl + path : containerUrl;
                writer.WriteStartElement("entry", Namespace);
                writer.WriteElementString("id", Namespace, Clean(url));
                writer.WriteElementString("title", Namespace, Clean(item.DisplayText ?? ""));
                Link(writer, "alternate", url, "text/html");
                writer.WriteElementString("updated", Namespace, Rfc3339(Updated(item) ?? updated));
                if (item.PublishedUtc is { } publishedUtc) writer.WriteElementString("published", Namespace, Rfc3339(publishedUtc));
                if (item.Author is { Length: > 0 } author)
                {
                    writer.WriteStartElement("author", Namespace);
                    writer.WriteElementString("name", Namespace, Clean(author));
                    writer.WriteEndElement();
                }
                if (Summary(item) is { Length: > 0 } summary)
                {
                    writer.WriteStartElement("summary", Namespace);
                    writer.WriteAttributeString("type", "text");
                    writer.WriteString(Clean(summary));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return builder.ToString();
    }

    /// <summary>The body as plain text (MarkdownBodyPart, else HtmlBodyPart), cut at a word near 300 characters.</summary>
    private string? Summary(ContentItem item)
    {
        var text = item.GetPart("MarkdownBodyPart")?["Markdown"] is { } md && md.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? markdown.ToPlainText(md.GetValue<string>())
            : item.GetPart("HtmlBodyPart")?["Html"] is { } html && html.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html.GetValue<string>(), "<[^>]*>", " "))
                : null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        if (text.Length <= SummaryLength) return text;
        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > 0 ? cut : SummaryLength)] + " …";
    }

    private static DateTime? Updated(ContentItem item) => item.ModifiedUtc ?? item.PublishedUtc;

    private static string Clean(string text) => ControlCharacters.Remove(text);

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", Clean(href));
        writer.WriteEndElement();
    }

    private static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
