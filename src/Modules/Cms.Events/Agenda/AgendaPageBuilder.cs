using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Caching;
using Cms.Display.Liquid;
using Cms.Display.Listing;
using Cms.Events.Dates;
using Cms.Events.Models;
using Cms.Events.Services;
using Microsoft.AspNetCore.Http;

namespace Cms.Events.Agenda;

/// <summary>A built page: its model and meta, or nothing (the page number is past the last page).</summary>
public sealed record BuiltPage<T>(T Model, PageMeta Meta) where T : class;

/// <summary>
/// The agenda lists (<c>/agenda</c>, <c>/agenda/passes</c>) and the home page: one indexed, paginated listing of
/// the keys of the events shown (in memory when the range keys hold them), the themes (kept between requests), one
/// listing of one key for the months or years offered; each event's card (its Summary, rendered through the site
/// theme) kept by version in the <see cref="AgendaCache"/>, so that only the events whose card is missing are read
/// (through the published items' cache).
/// </summary>
public sealed class AgendaPageBuilder(
    IContentQuery contentQuery,
    IPageRenderer renderer,
    ThemeCatalog themes,
    LinkedItems linkedItems,
    PublishedContent publishedContent,
    AgendaCache cache,
    IHttpContextAccessor http,
    EventSiteAccessor siteAccessor)
{
    public const string UpcomingPath = "/agenda";
    public const string PastPath = "/agenda/passes";
    public const int HomeEventCount = 4;
    /// <summary>The months offered as filters on the upcoming list go at most this far.</summary>
    public const int MaxUpcomingMonths = 24;

    public async Task<BuiltPage<AgendaPageModel>?> BuildAgendaAsync(AgendaList list, AgendaFilter filter, CancellationToken cancellationToken)
    {
        var site = await siteAccessor.GetAsync(cancellationToken);
        var clock = site.Clock;
        var isPast = list == AgendaList.Past;
        var basePath = isPast ? PastPath : UpcomingPath;
        var pageSize = site.Settings.PageSize is > 0 and <= 100 ? site.Settings.PageSize : 10;

        var allThemes = await themes.ListAsync(cancellationToken);
        var errors = filter.Errors.ToList();
        var invalid = new HashSet<string>(filter.InvalidKeys);
        foreach (var unknown in filter.ThemeSlugs.Where(s => allThemes.All(t => t.Slug != s)))
        {
            invalid.Add(AgendaFilter.ThemeKey);
            errors.Add($"Le filtre « {AgendaFilter.ThemeKey} » ne correspond à aucune thématique : « {unknown} ».");
        }
        var themeIds = await themes.IdsAsync(filter.ThemeSlugs, cancellationToken);
        var query = AgendaQueryBuilder.Build(list, filter, themeIds, site.NowUtc, clock, pageSize);
        var result = await contentQuery.ListKeysAsync(query, cancellationToken);
        if (filter.Page > 1 && filter.Page > result.PageCount) return null;

        var meta = new PageMeta
        {
            Title = (isPast ? "Évènements passés" : "Agenda") + (filter.Page > 1 ? $" – page {filter.Page}" : ""),
            Description = isPast
                ? "Les évènements passés, du plus récent au plus ancien."
                : "Les prochains évènements, du plus proche au plus lointain.",
            CanonicalPath = basePath + (filter.Page > 1 ? $"?{AgendaFilter.PageKey}={filter.Page}" : ""),
        };
        meta.Breadcrumbs.Add(new Breadcrumb("Agenda", isPast ? UpcomingPath : null));
        if (isPast) meta.Breadcrumbs.Add(new Breadcrumb("Évènements passés", null));
        AddAlternates(meta);
        meta.ContentTypes.Add(EventNames.ContentType);
        meta.ContentTypes.Add(EventNames.ThemeType);
        // Only filters that name a theme, a month, a year or a page in range make an output-cache entry of their own.
        foreach (var key in (string[])[AgendaFilter.ThemeKey, AgendaFilter.MonthKey, AgendaFilter.YearKey, AgendaFilter.PageKey])
        {
            if (!invalid.Contains(key)) meta.RecognisedQueryKeys.Add(key);
        }

        var events = await RenderSummariesAsync(result.Items, meta, site, cancellationToken);
        string Url(AgendaFilter f, int page = 1)
        {
            var q = f.ToQueryString(page);
            return q.Length == 0 ? basePath : basePath + "?" + q;
        }

        var model = new AgendaPageModel
        {
            Title = isPast ? "Évènements passés" : "Agenda",
            IsPast = isPast,
            Total = result.Total,
            CountText = CountText(result.Total, isPast, filter.HasFilters),
            Events = events,
            Themes = ThemeTags(allThemes, filter, basePath, Url),
            Years = isPast ? await YearTagsAsync(filter, site, Url, cancellationToken) : [],
            Months = isPast ? await PastMonthTagsAsync(filter, site, Url, cancellationToken) : await UpcomingMonthTagsAsync(filter, site, Url, cancellationToken),
            ActiveFilters = ActiveFilters(filter, allThemes, Url),
            ClearFiltersUrl = filter.HasFilters ? basePath : null,
            Errors = errors,
            Pagination = ListingPagination.Build(filter.Page, result.PageCount, page => Url(filter, page)),
            OtherListUrl = isPast ? UpcomingPath : PastPath,
            OtherListLabel = isPast ? "Voir les évènements à venir" : "Voir les évènements passés",
        };
        return new BuiltPage<AgendaPageModel>(model, meta);
    }

    public async Task<BuiltPage<HomePageModel>> BuildHomeAsync(CancellationToken cancellationToken)
    {
        var site = await siteAccessor.GetAsync(cancellationToken);
        var query = AgendaQueryBuilder.Build(AgendaList.Upcoming, new AgendaFilter(), [], site.NowUtc, site.Clock, HomeEventCount);
        var result = await contentQuery.ListKeysAsync(query, cancellationToken);
        var meta = new PageMeta
        {
            Title = site.Settings.SiteName,
            Description = site.Settings.Tagline,
            CanonicalPath = "/",
        };
        AddAlternates(meta);
        meta.ContentTypes.Add(EventNames.ContentType);
        meta.ContentTypes.Add(EventNames.ThemeType);
        var events = await RenderSummariesAsync(result.Items, meta, site, cancellationToken);
        var model = new HomePageModel
        {
            SiteName = site.Settings.SiteName,
            Tagline = site.Settings.Tagline,
            NextEvents = events,
            UpcomingTotal = result.Total,
            Themes = await themes.ListAsync(cancellationToken),
        };
        return new BuiltPage<HomePageModel>(model, meta);
    }

    /// <summary>
    /// The cards of <paramref name="keys"/>, in order: kept ones as they are, the others rendered from the published
    /// items (read in one batch, with their themes and partners) and kept. An event unpublished since the listing is
    /// left out, as the listing of documents did.
    /// </summary>
    private async Task<IReadOnlyList<string>> RenderSummariesAsync(IReadOnlyList<ContentKey> keys, PageMeta meta, EventSite site, CancellationToken cancellationToken)
    {
        // What a card may vary by besides its version: the request's host and path (the template sees them) and the day.
        var request = http.HttpContext?.Request;
        var variant = $"{request?.Scheme}://{request?.Host.Value}{request?.Path.Value}|{EventSchedule.TodayStartUtc(site.NowUtc, site.Clock).Ticks}";
        var cards = new string?[keys.Count];
        var missing = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            meta.ContentItemIds.Add(keys[i].ContentItemId);
            if (!cache.TryGetCard(new AgendaCache.CardKey(keys[i].ContentItemVersionId, "Summary", variant), out cards[i])) missing.Add(keys[i].ContentItemId);
        }
        if (missing.Count > 0)
        {
            var builtFrom = cache.Current;
            var items = (await publishedContent.GetManyAsync(missing, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            await linkedItems.PrefetchAsync(items.Values.SelectMany(EventDetailsFactory.ReferencedIds), cancellationToken);
            for (var i = 0; i < keys.Count; i++)
            {
                if (cards[i] is not null || !items.TryGetValue(keys[i].ContentItemId, out var item)) continue;
                cards[i] = await renderer.RenderContentAsync(item, "Summary", null, cancellationToken);
                if (!string.IsNullOrEmpty(item.ContentItemVersionId))
                {
                    cache.StoreCard(new AgendaCache.CardKey(item.ContentItemVersionId, "Summary", variant), cards[i]!, builtFrom);
                }
            }
        }
        return cards.OfType<string>().ToList();
    }

    /// <summary>
    /// The theme filters of a list: one link per theme that adds it to <paramref name="filter"/> or removes it, back to
    /// page 1, so the same for every page of the list. Built once per themes snapshot (<see cref="ThemeCatalog"/>
    /// keeps the same list until the next change), list and filter, for at most <see cref="MaxKeptThemeFilters"/> filters;
    /// marked for the template's <c>{% kept %}</c> block when the themes are (<see cref="KeptValues"/>).
    /// </summary>
    private static IReadOnlyList<FilterTag> ThemeTags(IReadOnlyList<ThemeEntry> themes, AgendaFilter filter, string basePath, Func<AgendaFilter, int, string> url) =>
        KeptThemeTags.GetValue(themes, _ => new BoundedTable<IReadOnlyList<FilterTag>>(MaxKeptThemeFilters))
            .GetOrAdd(basePath + "?" + filter.ToQueryString(), () =>
            {
                var tags = themes.Select(t => new FilterTag(t.Title, url(filter.ToggleTheme(t.Slug), 1), filter.ThemeSlugs.Contains(t.Slug))).ToList();
                return KeptValues.IsMarked(themes) ? KeptValues.Mark(tags) : tags;
            });

    private const int MaxKeptThemeFilters = 1024;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<ThemeEntry>, BoundedTable<IReadOnlyList<FilterTag>>> KeptThemeTags = new();

    private static void AddAlternates(PageMeta meta)
    {
        meta.Alternates.Add(new AlternateLink("/agenda.ics", "text/calendar", "Agenda (iCalendar)"));
        meta.Alternates.Add(new AlternateLink("/feed.xml", "application/atom+xml", "Derniers évènements (Atom)"));
    }

    private static string CountText(int total, bool isPast, bool filtered) => (total, isPast, filtered) switch
    {
        (0, false, false) => "Aucun évènement à venir pour le moment.",
        (0, true, false) => "Aucun évènement passé.",
        (0, _, true) => "Aucun évènement ne correspond à ces filtres.",
        (1, false, _) => "1 évènement à venir",
        (1, true, _) => "1 évènement passé",
        (_, false, _) => $"{total.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} évènements à venir",
        (_, true, _) => $"{total.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} évènements passés",
    };

    /// <summary>
    /// Current month up to the month of the last upcoming event (one query for that event). While the
    /// <see cref="AgendaCache"/> is on, the links are built once per such months and filter (for at most
    /// <see cref="MaxKeptThemeFilters"/> filters) and marked for the template's <c>{% kept %}</c> block (<see cref="KeptValues"/>).
    /// </summary>
    private async Task<IReadOnlyList<FilterTag>> UpcomingMonthTagsAsync(AgendaFilter filter, EventSite site, Func<AgendaFilter, int, string> url, CancellationToken cancellationToken)
    {
        var today = site.Clock.LocalDate(site.NowUtc);
        var first = new DateOnly(today.Year, today.Month, 1);
        var lastQuery = AgendaQueryBuilder.Build(AgendaList.Upcoming, new AgendaFilter(), [], site.NowUtc, site.Clock, 1) with { Sort = ContentSort.DateDesc };
        var lastStart = (await FirstDatesAsync(lastQuery, cancellationToken))?.StartUtc;
        var lastMonth = lastStart is null ? first : MonthOf(site.Clock.LocalDate(lastStart.Value));
        if (lastMonth < first) lastMonth = first;
        if (!cache.Enabled) return UpcomingMonthTags(first, lastMonth, filter, url);
        var kept = Volatile.Read(ref _keptUpcomingMonths);
        if (kept is null || kept.First != first || kept.Last != lastMonth) Volatile.Write(ref _keptUpcomingMonths, kept = new KeptMonthTags(first, lastMonth));
        return kept.Tags.GetOrAdd(UpcomingPath + "?" + filter.ToQueryString(), () => KeptValues.Mark(UpcomingMonthTags(first, lastMonth, filter, url)));
    }

    /// <summary>The month links of the upcoming list from <paramref name="first"/> to <paramref name="lastMonth"/> (and the chosen month).</summary>
    private static List<FilterTag> UpcomingMonthTags(DateOnly first, DateOnly lastMonth, AgendaFilter filter, Func<AgendaFilter, int, string> url)
    {
        var months = new List<DateOnly>();
        for (var m = first; m <= lastMonth && months.Count < MaxUpcomingMonths; m = m.AddMonths(1)) months.Add(m);
        if (filter.Month is { } chosen && !months.Contains(chosen)) months.Add(chosen);
        return months.Order().Select(m => MonthTag(m, filter, url)).ToList();
    }

    /// <summary>The upcoming list's month links for one range of months, by filter (a new table when the range moves).</summary>
    private sealed class KeptMonthTags(DateOnly first, DateOnly last)
    {
        public DateOnly First { get; } = first;
        public DateOnly Last { get; } = last;
        public BoundedTable<IReadOnlyList<FilterTag>> Tags { get; } = new(MaxKeptThemeFilters);
    }

    private static KeptMonthTags? _keptUpcomingMonths;

    /// <summary>
    /// The years that past events overlap, newest first: one one-key listing per such year (the latest event starting
    /// before the year found last, whose years from its start to its end are added), so a stray date centuries back
    /// adds one year, not every year in between.
    /// </summary>
    private async Task<IReadOnlyList<FilterTag>> YearTagsAsync(AgendaFilter filter, EventSite site, Func<AgendaFilter, int, string> url, CancellationToken cancellationToken)
    {
        var thisYear = site.Clock.LocalDate(site.NowUtc).Year;
        var found = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var latestQuery = AgendaQueryBuilder.Build(AgendaList.Past, new AgendaFilter(), [], site.NowUtc, site.Clock, 1) with { Sort = ContentSort.DateDesc };
        var before = int.MaxValue;
        for (var probe = 0; probe < MaxYearProbes; probe++)
        {
            var dates = await FirstDatesAsync(latestQuery, cancellationToken);
            if ((dates?.StartUtc ?? dates?.EndUtc) is not { } startUtc) break;
            var startYear = site.Clock.LocalDate(startUtc).Year;
            if (startYear >= before) break; // an event without a start date is not bounded by "starts before"
            var endYear = Math.Min(thisYear, site.Clock.LocalDate(dates?.EndUtc ?? startUtc).Year);
            for (var y = startYear; y <= endYear; y++) found.Add(y);
            before = startYear;
            latestQuery = latestQuery with { DateToUtc = site.Clock.StartOfDayUtc(new DateOnly(startYear, 1, 1)) };
        }
        var selected = filter.Year ?? filter.Month?.Year;
        var years = found.ToList();
        if (selected is { } s && !years.Contains(s)) years.Add(s);
        return years.Select(y => new FilterTag(y.ToString(CultureInfo.InvariantCulture),
            url(selected == y && filter.Month is null ? filter.WithYear(null) : filter.WithYear(y), 1), filter.Year == y)).ToList();
    }

    /// <summary>Bounds the archive's year listings on a site whose events start in more years than that.</summary>
    private const int MaxYearProbes = 200;

    /// <summary>
    /// The start and end of the first event of a one-item listing: from its key when the range keys answered (its
    /// start, and its end or else its start: the same values as the event's), else from the event itself.
    /// </summary>
    private async Task<(DateTime? StartUtc, DateTime? EndUtc)?> FirstDatesAsync(ContentListQuery query, CancellationToken cancellationToken)
    {
        var first = (await contentQuery.ListKeysAsync(query, cancellationToken)).Items.FirstOrDefault();
        if (first is null) return null;
        if (first.StartUtc is not null || first.EndUtc is not null) return (first.StartUtc, first.EndUtc);
        var item = (await contentQuery.ListAsync(query, cancellationToken)).Items.FirstOrDefault();
        return item?.As<EventPart>(EventNames.Part) is { } part ? (part.StartUtc, part.EndUtc) : null;
    }

    /// <summary>
    /// The months of the chosen year that past events overlap (nothing until a year or month is chosen): a one-key
    /// count per month up to the current one, so no month offered leads to an empty list.
    /// </summary>
    private async Task<IReadOnlyList<FilterTag>> PastMonthTagsAsync(AgendaFilter filter, EventSite site, Func<AgendaFilter, int, string> url, CancellationToken cancellationToken)
    {
        var year = filter.Year ?? filter.Month?.Year;
        if (year is null) return [];
        var today = site.Clock.LocalDate(site.NowUtc);
        var lastMonth = year.Value < today.Year ? 12 : year.Value == today.Year ? today.Month : 0;
        var months = new List<DateOnly>();
        for (var m = 1; m <= lastMonth; m++)
        {
            var month = new DateOnly(year.Value, m, 1);
            var query = AgendaQueryBuilder.Build(AgendaList.Past, new AgendaFilter().WithMonth(month), [], site.NowUtc, site.Clock, 1);
            if ((await contentQuery.ListKeysAsync(query, cancellationToken)).Total > 0) months.Add(month);
        }
        if (filter.Month is { } chosen && !months.Contains(chosen)) months.Add(chosen);
        return months.Order().Select(m => MonthTag(m, filter, url)).ToList();
    }

    private static FilterTag MonthTag(DateOnly month, AgendaFilter filter, Func<AgendaFilter, int, string> url)
    {
        var selected = filter.Month == month;
        var target = selected ? filter.WithMonth(null) : filter.WithMonth(month);
        return new FilterTag(FrenchDateRange.Month(month.Year, month.Month), url(target, 1), selected);
    }

    private static IReadOnlyList<FilterTag> ActiveFilters(AgendaFilter filter, IReadOnlyList<ThemeEntry> allThemes, Func<AgendaFilter, int, string> url)
    {
        var tags = new List<FilterTag>();
        foreach (var slug in filter.ThemeSlugs)
        {
            var title = allThemes.FirstOrDefault(t => t.Slug == slug)?.Title ?? slug;
            tags.Add(new FilterTag(title, url(filter.ToggleTheme(slug), 1), true));
        }
        if (filter.Month is { } month) tags.Add(new FilterTag(FrenchDateRange.Month(month.Year, month.Month), url(filter.WithMonth(null), 1), true));
        if (filter.Year is { } year) tags.Add(new FilterTag(year.ToString(CultureInfo.InvariantCulture), url(filter.WithYear(null), 1), true));
        return tags;
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
