using Cms.Abstractions.Content;
using Cms.Events.Models;
using Cms.Events.Services;

namespace Cms.Events.Feeds;

/// <summary>The Atom feed of the latest published events.</summary>
public sealed class EventFeedService(IContentQuery contentQuery, EventDetailsFactory detailsFactory, EventSiteAccessor siteAccessor)
{
    public const int EntryCount = 20;

    public async Task<string> AtomAsync(CancellationToken cancellationToken)
    {
        var site = await siteAccessor.GetAsync(cancellationToken);
        var result = await contentQuery.ListAsync(new ContentListQuery
        {
            ContentType = EventNames.ContentType,
            Status = ContentStatus.Published,
            Sort = ContentSort.PublishedDesc,
            Page = 1,
            PageSize = EntryCount,
        }, cancellationToken);
        var details = await detailsFactory.CreateManyAsync(result.Items, site, cancellationToken);
        return AtomFeedWriter.Write(site.Settings.SiteName + " – évènements", site.Absolute("/feed.xml"), site.BaseUrl + "/", details, site.NowUtc, site.Clock);
    }
}
