using Cms.Abstractions.Content;
using Cms.Events.Services;

namespace Cms.Events.SeoFiles;

/// <summary>The sitemap: the home page, the agenda lists and every published item that has a path.</summary>
public sealed class SitemapService(IContentQuery contentQuery, EventSiteAccessor siteAccessor)
{
    /// <summary>The sitemaps.org limit for one file.</summary>
    public const int MaxUrls = 50_000;
    private const int PageSize = 500;

    public async Task<string> SitemapAsync(CancellationToken cancellationToken)
    {
        var site = await siteAccessor.GetAsync(cancellationToken);
        var entries = new List<SitemapEntry>
        {
            new(site.Absolute("/"), null),
            new(site.Absolute("/agenda"), null),
            new(site.Absolute("/agenda/passes"), null),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal) { "", "agenda", "agenda/passes" };
        var published = new ContentListQuery { ContentType = null, Status = ContentStatus.Published, Sort = ContentSort.ModifiedDesc, PageSize = PageSize };
        await foreach (var item in contentQuery.ListAllAsync(published, cancellationToken))
        {
            if (entries.Count >= MaxUrls) break;
            if (!item.Published) continue;
            var path = item.As<AutoroutePart>()?.Path?.Trim().Trim('/');
            if (string.IsNullOrEmpty(path) || !seen.Add(path)) continue;
            entries.Add(new SitemapEntry(site.Absolute("/" + EscapePath(path)), item.ModifiedUtc ?? item.PublishedUtc));
        }
        return SitemapWriter.Write(entries);
    }

    /// <summary>Each segment percent-encoded, as a URL in a sitemap must be.</summary>
    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
