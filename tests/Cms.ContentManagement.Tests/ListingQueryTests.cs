using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.ContentManagement.Queries;
using Cms.ContentManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class ListingQueryTests_Sqlite(SqliteStore store) : ListingQueryTests<SqliteStore>(store);

public sealed class ListingQueryTests_Postgres(PostgresStore store) : ListingQueryTests<PostgresStore>(store);

/// <summary>
/// The listings read from the range index (start, end or start) and the covering header indexes: the boundary at an
/// instant, items with only an end, equal starts, totals whether a page is full or not, drafts, and the range rows
/// following a new published version.
/// </summary>
public abstract class ListingQueryTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    /// <summary>Midnight in Paris on 1 June 2024 (summer time, UTC+2): the agenda's "today" boundary.</summary>
    private static readonly DateTime ParisMidnight = new(2024, 5, 31, 22, 0, 0, DateTimeKind.Utc);

    private Task<PagedResult<ContentItem>> ListAsync(ContentListQuery query) =>
        InScope(sp => sp.GetRequiredService<IContentQuery>().ListAsync(query));

    private async Task<ContentItem> EventAsync(string type, string title, DateTime? start, DateTime? end, bool publish = true, params string[] themes)
    {
        var item = await NewItemAsync(type, title);
        if (start is not null) item.ApplyField(type, "StartDate", new DateTimeField { Value = start });
        if (end is not null) item.ApplyField(type, "EndDate", new DateTimeField { Value = end });
        item.ApplyField(type, "Themes", new ContentPickerField { ContentItemIds = themes });
        return await Content(cm => cm.CreateAsync(item, publish));
    }

    private static ContentListQuery Agenda(string type) => new()
    {
        ContentType = type, DatePart = type, DateField = "StartDate", EndDateField = "EndDate",
    };

    private static string[] Titles(PagedResult<ContentItem> result) => result.Items.Select(i => i.DisplayText!).ToArray();

    [SkippableFact]
    public async Task An_event_ending_at_the_boundary_is_upcoming_one_ending_a_second_before_is_past()
    {
        var type = await DefineTypeAsync();
        await EventAsync(type, "Finit à minuit", ParisMidnight.AddHours(-5), ParisMidnight);
        await EventAsync(type, "Finit juste avant", ParisMidnight.AddHours(-5), ParisMidnight.AddSeconds(-1));
        await EventAsync(type, "Sans fin, commence à minuit", ParisMidnight, null);
        await EventAsync(type, "Sans fin, veille", ParisMidnight.AddSeconds(-1), null);

        var upcoming = await ListAsync(Agenda(type) with { EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateAsc });
        Assert.Equal(["Finit à minuit", "Sans fin, commence à minuit"], Titles(upcoming));
        Assert.Equal(2, upcoming.Total);
        var past = await ListAsync(Agenda(type) with { EndsBeforeUtc = ParisMidnight, Sort = ContentSort.DateDesc });
        Assert.Equal(["Sans fin, veille", "Finit juste avant"], Titles(past));
        Assert.Equal(2, past.Total);

        // An instant of unspecified kind is taken as UTC.
        var local = await ListAsync(Agenda(type) with { EndsOnOrAfterUtc = DateTime.SpecifyKind(ParisMidnight, DateTimeKind.Unspecified), Sort = ContentSort.DateAsc });
        Assert.Equal(Titles(upcoming), Titles(local));
    }

    [SkippableFact]
    public async Task An_item_with_only_an_end_is_filtered_by_it_and_sorted_after_the_dated_ones()
    {
        var type = await DefineTypeAsync();
        await EventAsync(type, "Fin seule", null, ParisMidnight.AddDays(3));
        await EventAsync(type, "Daté", ParisMidnight.AddDays(1), ParisMidnight.AddDays(2));
        await EventAsync(type, "Fin seule passée", null, ParisMidnight.AddDays(-3));

        var upcoming = await ListAsync(Agenda(type) with { EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateAsc });
        Assert.Equal(["Daté", "Fin seule"], Titles(upcoming));
        var past = await ListAsync(Agenda(type) with { EndsBeforeUtc = ParisMidnight, Sort = ContentSort.DateDesc });
        Assert.Equal(["Fin seule passée"], Titles(past));
        // A window on the start never matches an item without a start.
        var window = await ListAsync(Agenda(type) with { DateFromUtc = ParisMidnight, DateToUtc = ParisMidnight.AddDays(10), Sort = ContentSort.DateAsc });
        Assert.Equal(["Daté"], Titles(window));
    }

    [SkippableFact]
    public async Task Equal_starts_keep_the_order_of_creation_and_pages_do_not_overlap()
    {
        var type = await DefineTypeAsync();
        for (var n = 1; n <= 5; n++) await EventAsync(type, $"Même heure {n}", ParisMidnight.AddDays(1), null);

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await ListAsync(Agenda(type) with { EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateAsc, Page = page, PageSize = 2 });
            Assert.Equal(5, result.Total);
            seen.AddRange(Titles(result));
        }
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"Même heure {n}"), seen);
        var descending = await ListAsync(Agenda(type) with { EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateDesc, PageSize = 5 });
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(n => $"Même heure {n}"), Titles(descending));
    }

    [SkippableTheory]
    [InlineData(1, 3)] // first page, not full: the total comes from the page itself
    [InlineData(1, 4)] // first page exactly full: counted
    [InlineData(2, 2)] // last page, not full
    [InlineData(3, 2)] // past the end: counted, no items
    public async Task Totals_are_right_whether_the_page_is_full_or_not(int page, int pageSize)
    {
        Skip.If(Store.SkipReason is not null, Store.SkipReason);
        var type = await DefineTypeAsync();
        for (var n = 1; n <= 4; n++) await EventAsync(type, $"Évènement {n}", ParisMidnight.AddDays(n), null);

        foreach (var query in new[]
        {
            Agenda(type) with { EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateAsc },
            new ContentListQuery { ContentType = type, Sort = ContentSort.ModifiedDesc },
            Agenda(type) with { Sort = ContentSort.DateAsc, Status = ContentStatus.Latest },
        })
        {
            var result = await ListAsync(query with { Page = page, PageSize = pageSize });
            Assert.Equal(4, result.Total);
            Assert.Equal(Math.Clamp(4 - (page - 1) * pageSize, 0, pageSize), result.Items.Count);
            // The keys alone, from SQL and from the in-memory range keys: the same page, total and versions.
            foreach (var memory in new[] { false, true })
            {
                var keys = await InScope(sp => new ContentQuery(sp.GetRequiredService<Cms.Data.Services.StoreUnitOfWork>(),
                    memory ? new PublishedRangeKeys(new PublishedRangeKeysOptions()) : null).ListKeysAsync(query with { Page = page, PageSize = pageSize }));
                Assert.Equal(result.Total, keys.Total);
                Assert.Equal(result.Items.Select(i => (i.ContentItemId, i.ContentItemVersionId)), keys.Items.Select(k => (k.ContentItemId, k.ContentItemVersionId)));
                var answeredInMemory = memory && query.Status == ContentStatus.Published && query.EndsOnOrAfterUtc is not null;
                Assert.Equal(result.Items.Select(i => answeredInMemory ? i.GetField<DateTimeField>(type, "StartDate")?.Value : null), keys.Items.Select(k => k.StartUtc));
            }
        }
    }

    [SkippableFact]
    public async Task Drafts_are_never_listed_as_published_and_the_published_dates_are_used()
    {
        var type = await DefineTypeAsync();
        var theme = IdGenerator.NewId();
        await EventAsync(type, "Brouillon seul", ParisMidnight.AddDays(1), null, false, theme);
        var moved = await EventAsync(type, "Publié puis déplacé en brouillon", ParisMidnight.AddDays(2), null, true, theme);
        moved.ApplyField(type, "StartDate", new DateTimeField { Value = ParisMidnight.AddDays(-20) });
        await Content(cm => cm.SaveDraftAsync(moved));

        var published = Agenda(type) with
        {
            EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateAsc, PickerPart = type, PickerField = "Themes", PickedAnyOf = [theme],
        };
        var result = await ListAsync(published);
        Assert.Equal(["Publié puis déplacé en brouillon"], Titles(result));
        Assert.All(result.Items, i => Assert.True(i.Published));
        Assert.Equal(ParisMidnight.AddDays(2), result.Items[0].GetField<DateTimeField>(type, "StartDate")!.Value);

        var drafts = await ListAsync(published with { Status = ContentStatus.Draft, EndsOnOrAfterUtc = null, EndsBeforeUtc = ParisMidnight, Sort = ContentSort.DateDesc });
        Assert.Equal(["Publié puis déplacé en brouillon"], Titles(drafts));
        var latest = await ListAsync(published with { Status = ContentStatus.Latest });
        Assert.Equal(["Brouillon seul"], Titles(latest));
    }

    [SkippableFact]
    public async Task Range_rows_follow_the_published_version_when_the_end_changes()
    {
        var type = await DefineTypeAsync();
        var item = await EventAsync(type, "Prolongé", ParisMidnight.AddDays(-10), ParisMidnight.AddDays(-9));
        var upcoming = Agenda(type) with { EndsOnOrAfterUtc = ParisMidnight, Sort = ContentSort.DateAsc };
        Assert.Empty((await ListAsync(upcoming)).Items);

        item.ApplyField(type, "EndDate", new DateTimeField { Value = ParisMidnight.AddDays(9) });
        await Content(cm => cm.PublishAsync(item));
        Assert.Equal(["Prolongé"], Titles(await ListAsync(upcoming)));
        Assert.Empty((await ListAsync(upcoming with { EndsOnOrAfterUtc = null, EndsBeforeUtc = ParisMidnight })).Items);

        // The end field named the other way round: the end date is the start of the range, the start date its end.
        var reversed = await ListAsync(new ContentListQuery
        {
            ContentType = type, DatePart = type, DateField = "EndDate", EndDateField = "StartDate",
            EndsBeforeUtc = ParisMidnight, Sort = ContentSort.DateAsc,
        });
        Assert.Equal(["Prolongé"], Titles(reversed));
    }
}

public sealed class PickerStrategyTests_Sqlite(SqliteStore store) : PickerStrategyTests<SqliteStore>(store);

public sealed class PickerStrategyTests_Postgres(PostgresStore store) : PickerStrategyTests<PostgresStore>(store);

/// <summary>
/// The picker filter with dates takes an IN (…) list for few picking versions and a per-row probe for many: both give
/// the same items, totals and order.
/// </summary>
public abstract class PickerStrategyTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private static readonly DateTime Now = new(2024, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task The_probe_and_the_list_find_the_same_events()
    {
        var type = await DefineTypeAsync();
        var (themeA, themeB) = (IdGenerator.NewId(), IdGenerator.NewId());
        var picks = new[] { new[] { themeA }, [themeB], [themeA, themeB], [] };
        for (var n = 0; n < 8; n++)
        {
            var item = await NewItemAsync(type, $"Évènement {n}");
            item.ApplyField(type, "StartDate", new DateTimeField { Value = Now.AddDays(n - 4) });
            item.ApplyField(type, "Themes", new ContentPickerField { ContentItemIds = picks[n % 4] });
            await Content(cm => cm.CreateAsync(item, publish: n != 7));
        }

        var query = new ContentListQuery
        {
            ContentType = type, DatePart = type, DateField = "StartDate", EndDateField = "EndDate",
            PickerPart = type, PickerField = "Themes", PickedAnyOf = [themeA], Sort = ContentSort.DateAsc, PageSize = 2,
        };
        foreach (var variant in new[]
        {
            query with { EndsOnOrAfterUtc = Now.AddDays(-4) },
            query with { EndsBeforeUtc = Now, Sort = ContentSort.DateDesc },
            query with { EndsOnOrAfterUtc = Now.AddDays(-4), PickedAnyOf = [themeA, themeB], Page = 2 },
            query with { EndsOnOrAfterUtc = Now.AddDays(-4), Status = ContentStatus.Latest, PickedAnyOf = [themeB] },
        })
        {
            var list = await InScope(sp => new ContentQuery(sp.GetRequiredService<Cms.Data.Services.StoreUnitOfWork>()).ListAsync(variant));
            var probe = await InScope(sp => new ContentQuery(sp.GetRequiredService<Cms.Data.Services.StoreUnitOfWork>()) { ManyPicks = 0 }.ListAsync(variant));
            Assert.NotEmpty(list.Items);
            Assert.Equal(list.Total, probe.Total);
            Assert.Equal(list.Items.Select(i => i.DisplayText), probe.Items.Select(i => i.DisplayText));
        }
        // Spot check of the expected content: themeA is picked by events 0, 2, 4, 6 (all published).
        var all = await InScope(sp => new ContentQuery(sp.GetRequiredService<Cms.Data.Services.StoreUnitOfWork>()) { ManyPicks = 0 }
            .ListAsync(query with { EndsOnOrAfterUtc = Now.AddDays(-10), PageSize = 10 }));
        Assert.Equal(["Évènement 0", "Évènement 2", "Évènement 4", "Évènement 6"], all.Items.Select(i => i.DisplayText));
    }
}
