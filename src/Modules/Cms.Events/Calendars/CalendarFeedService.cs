using Cms.Abstractions.Content;
using Cms.Events.Agenda;
using Cms.Events.Models;
using Cms.Events.Services;

namespace Cms.Events.Calendars;

/// <summary>The calendar documents served by the site: the subscribable agenda and each event's own file.</summary>
public sealed class CalendarFeedService(IContentQuery contentQuery, IContentManager contentManager, EventDetailsFactory detailsFactory, EventSiteAccessor siteAccessor)
{
    /// <summary>Events that ended less than this long ago stay in the subscribable feed.</summary>
    public static readonly TimeSpan RecentPast = TimeSpan.FromDays(92);
    /// <summary>The feed holds at most this many events.</summary>
    public const int MaxEvents = 500;

    /// <summary>Upcoming events and those of the last three months, soonest first.</summary>
    public async Task<string> AgendaAsync(CancellationToken cancellationToken)
    {
        var site = await siteAccessor.GetAsync(cancellationToken);
        var since = EventSchedule.TodayStartUtc(site.NowUtc - RecentPast, site.Clock);
        var result = await contentQuery.ListAsync(new ContentListQuery
        {
            ContentType = EventNames.ContentType,
            Status = ContentStatus.Published,
            DatePart = EventNames.Part,
            DateField = EventNames.StartDate,
            EndDateField = EventNames.EndDate,
            EndsOnOrAfterUtc = since,
            Sort = ContentSort.DateAsc,
            Page = 1,
            PageSize = MaxEvents,
        }, cancellationToken);
        var details = await detailsFactory.CreateManyAsync(result.Items, site, cancellationToken);
        return new EventCalendarBuilder(site.Clock).Build(details, site.Host, site.NowUtc, site.Settings.SiteName + " – agenda");
    }

    /// <summary>The calendar file of the published event at <paramref name="path"/>, or null when there is none (or it has no start date).</summary>
    public async Task<(string FileName, string Calendar)?> EventAsync(string path, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetByPathAsync(path.Trim('/'), cancellationToken);
        if (item is null || !item.Published || item.ContentType != EventNames.ContentType) return null;
        var site = await siteAccessor.GetAsync(cancellationToken);
        var details = await detailsFactory.CreateAsync(item, site, cancellationToken);
        if (details.StartUtc is null) return null;
        var name = path.Trim('/').Split('/')[^1];
        return (name + ".ics", new EventCalendarBuilder(site.Clock).Build([details], site.Host, site.NowUtc));
    }
}
