using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.ContentManagement.Tests.Infrastructure;
using Cms.Display.Listing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.ContentManagement.Tests;

public sealed class ReferencingItemsPagingTests_Sqlite(SqliteStore store) : ReferencingItemsPagingTests<SqliteStore>(store);

public sealed class ReferencingItemsPagingTests_Postgres(PostgresStore store) : ReferencingItemsPagingTests<PostgresStore>(store);

/// <summary>
/// The events of a theme or partner page, paginated in SQL: upcoming (soonest first) then past (most recent first) in
/// one sequence of pages, a page spanning both lists, the totals, drafts and other themes left out.
/// </summary>
public abstract class ReferencingItemsPagingTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private static readonly DateTime Now = new(2024, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private async Task CreateAsync(string type, string title, DateTime start, string theme, bool publish = true)
    {
        var item = await NewItemAsync(type, title);
        item.ApplyField(type, "StartDate", new DateTimeField { Value = start });
        item.ApplyField(type, "EndDate", new DateTimeField { Value = start.AddHours(2) });
        item.ApplyField(type, "Themes", new ContentPickerField { ContentItemIds = [theme] });
        await Content(cm => cm.CreateAsync(item, publish));
    }

    private Task<ReferencingItems> PageAsync(string type, string theme, int page, int pageSize) => InScope(sp =>
        new ReferencingItemsLoader(sp.GetRequiredService<IContentQuery>(), new FakeTimeProvider(new DateTimeOffset(Now)))
            .LoadAsync(new ReferencingItemsQuery(type, type, "Themes", type, "StartDate", "EndDate", pageSize), theme, page, CancellationToken.None));

    [SkippableFact]
    public async Task Pages_run_through_upcoming_then_past_events()
    {
        var type = await DefineTypeAsync();
        var theme = IdGenerator.NewId();
        for (var n = 1; n <= 5; n++) await CreateAsync(type, $"À venir {n}", Now.AddDays(n), theme);
        for (var n = 1; n <= 6; n++) await CreateAsync(type, $"Passé {n}", Now.AddDays(-n), theme);
        await CreateAsync(type, "Brouillon", Now.AddDays(1), theme, publish: false);
        await CreateAsync(type, "Autre thématique", Now.AddDays(1), IdGenerator.NewId());

        var pages = new List<ReferencingItems>();
        for (var page = 1; page <= 4; page++) pages.Add(await PageAsync(type, theme, page, 3));

        Assert.All(pages, p => Assert.Equal((5, 6, 4), (p.UpcomingTotal, p.PastTotal, p.PageCount)));
        string[] Titles(IReadOnlyList<ContentItem> items) => items.Select(i => i.DisplayText!).ToArray();
        Assert.Equal(["À venir 1", "À venir 2", "À venir 3"], Titles(pages[0].Upcoming));
        Assert.Empty(pages[0].Past);
        // Page 2 spans both lists: the last two upcoming events, then the most recent past one.
        Assert.Equal(["À venir 4", "À venir 5"], Titles(pages[1].Upcoming));
        Assert.Equal(["Passé 1"], Titles(pages[1].Past));
        Assert.Empty(pages[2].Upcoming);
        Assert.Equal(["Passé 2", "Passé 3", "Passé 4"], Titles(pages[2].Past));
        Assert.Equal(["Passé 5", "Passé 6"], Titles(pages[3].Past));

        var beyond = await PageAsync(type, theme, 5, 3);
        Assert.Empty(beyond.Upcoming);
        Assert.Empty(beyond.Past);
        Assert.Equal(4, beyond.PageCount);
    }

    [SkippableFact]
    public async Task A_page_reads_past_events_across_two_pages_of_them_when_it_starts_mid_page()
    {
        var type = await DefineTypeAsync();
        var theme = IdGenerator.NewId();
        await CreateAsync(type, "À venir", Now.AddDays(1), theme);
        for (var n = 1; n <= 7; n++) await CreateAsync(type, $"Passé {n}", Now.AddDays(-n), theme);

        // Pages of 3: [À venir, Passé 1, Passé 2], [Passé 3, 4, 5], [Passé 6, 7] — page 2 starts at past offset 2.
        var second = await PageAsync(type, theme, 2, 3);
        Assert.Equal(["Passé 3", "Passé 4", "Passé 5"], second.Past.Select(i => i.DisplayText));
        var third = await PageAsync(type, theme, 3, 3);
        Assert.Equal(["Passé 6", "Passé 7"], third.Past.Select(i => i.DisplayText));
        Assert.Equal(3, third.PageCount);
    }

    [SkippableFact]
    public async Task A_theme_without_events_has_one_empty_page()
    {
        var type = await DefineTypeAsync();
        var result = await PageAsync(type, IdGenerator.NewId(), 1, 20);
        Assert.Equal((0, 0, 0), (result.UpcomingTotal, result.PastTotal, result.PageCount));
        Assert.Empty(result.Upcoming);
        Assert.Empty(result.Past);
    }
}
