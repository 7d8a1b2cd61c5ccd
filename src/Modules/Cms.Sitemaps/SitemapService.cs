using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Microsoft.AspNetCore.Http;

namespace Cms.Sitemaps;

/// <summary>
/// The sitemap: the home page, the listing pages modules registered (<see cref="SitemapPath"/>), then every published
/// item that has an address, most recently changed first, up to the sitemaps.org limit of one file.
/// </summary>
public sealed class SitemapService(IContentQuery contentQuery, ISiteSettingsStore settingsStore, IEnumerable<SitemapPath> listings)
{
    public const string Path = "/sitemap.xml";
    /// <summary>The sitemaps.org limit for one file.</summary>
    public const int MaxUrls = 50_000;
    private const int PageSize = 500;

    public async Task<string> SitemapAsync(HttpContext? http, CancellationToken cancellationToken)
    {
        var baseUrl = SiteUrls.BaseUrl(await settingsStore.GetForReadingAsync(cancellationToken), http);
        var entries = new List<SitemapEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in listings.Select(l => l.Path.Trim('/')).Prepend(""))
        {
            if (seen.Add(path)) entries.Add(new SitemapEntry(SiteUrls.Absolute(baseUrl, "/" + EscapePath(path)), null));
        }
        var published = new ContentListQuery { ContentType = null, Status = ContentStatus.Published, Sort = ContentSort.ModifiedDesc, PageSize = PageSize };
        await foreach (var item in contentQuery.ListAllAsync(published, cancellationToken))
        {
            if (entries.Count >= MaxUrls) break;
            if (!item.Published) continue;
            var path = item.As<AutoroutePart>()?.Path?.Trim().Trim('/');
            if (string.IsNullOrEmpty(path) || !seen.Add(path)) continue;
            entries.Add(new SitemapEntry(SiteUrls.Absolute(baseUrl, "/" + EscapePath(path)), item.ModifiedUtc ?? item.PublishedUtc));
        }
        return SitemapWriter.Write(entries);
    }

    /// <summary>Each segment percent-encoded, as a URL in a sitemap must be.</summary>
    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
