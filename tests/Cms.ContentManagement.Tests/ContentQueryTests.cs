using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.ContentManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class ContentQueryTests_Sqlite(SqliteStore store) : ContentQueryTests<SqliteStore>(store);

public sealed class ContentQueryTests_Postgres(PostgresStore store) : ContentQueryTests<PostgresStore>(store);

/// <summary>Listing through the indexes: states, text, dates (agenda upcoming / past), pickers, sorting and pages.</summary>
public abstract class ContentQueryTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);

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

    private ContentListQuery Agenda(string type) => new()
    {
        ContentType = type, DatePart = type, DateField = "StartDate", EndDateField = "EndDate",
    };

    [SkippableFact]
    public async Task Upcoming_and_past_use_the_end_date_or_the_start_when_there_is_none()
    {
        var type = await DefineTypeAsync();
        await EventAsync(type, "Passé", Now.AddDays(-10), Now.AddDays(-9));
        await EventAsync(type, "En cours", Now.AddDays(-1), Now.AddDays(1));
        await EventAsync(type, "Futur sans fin", Now.AddDays(5), null);
        await EventAsync(type, "Futur", Now.AddDays(2), Now.AddDays(3));
        await EventAsync(type, "Brouillon futur", Now.AddDays(4), null, publish: false);
        await EventAsync(type, "Sans date", null, null);

        var upcoming = await ListAsync(Agenda(type) with { EndsOnOrAfterUtc = Now, Sort = ContentSort.DateAsc });
        Assert.Equal(["En cours", "Futur", "Futur sans fin"], upcoming.Items.Select(i => i.DisplayText));
        Assert.Equal(3, upcoming.Total);

        var past = await ListAsync(Agenda(type) with { EndsBeforeUtc = Now, Sort = ContentSort.DateDesc });
        Assert.Equal(["Passé"], past.Items.Select(i => i.DisplayText));

        var window = await ListAsync(Agenda(type) with { DateFromUtc = Now, DateToUtc = Now.AddDays(5), Sort = ContentSort.DateAsc });
        Assert.Equal(["Futur"], window.Items.Select(i => i.DisplayText));

        var all = await ListAsync(Agenda(type) with { Sort = ContentSort.DateAsc, Status = ContentStatus.Latest });
        Assert.Equal(["Passé", "En cours", "Futur", "Brouillon futur", "Futur sans fin", "Sans date"], all.Items.Select(i => i.DisplayText));
    }

    [SkippableFact]
    public async Task Pages_are_cut_by_the_database_with_the_total()
    {
        var type = await DefineTypeAsync();
        for (var n = 1; n <= 7; n++) await EventAsync(type, $"Évènement {n}", Now.AddDays(n), null);

        var page1 = await ListAsync(Agenda(type) with { Sort = ContentSort.DateAsc, PageSize = 3, Page = 1 });
        var page3 = await ListAsync(Agenda(type) with { Sort = ContentSort.DateAsc, PageSize = 3, Page = 3 });
        Assert.Equal(7, page1.Total);
        Assert.Equal(3, page1.PageCount);
        Assert.Equal(["Évènement 1", "Évènement 2", "Évènement 3"], page1.Items.Select(i => i.DisplayText));
        Assert.Equal(["Évènement 7"], page3.Items.Select(i => i.DisplayText));
        var beyond = await ListAsync(Agenda(type) with { PageSize = 3, Page = 9 });
        Assert.Empty(beyond.Items);
        Assert.Equal(7, beyond.Total);
    }

    [SkippableFact]
    public async Task Text_search_ignores_case_and_accents()
    {
        var type = await DefineTypeAsync();
        await EventAsync(type, "Journée ÉCOLOGIE numérique", null, null);
        await EventAsync(type, "Autre chose", null, null);
        await EventAsync(type, "100%_vrai", null, null);

        var found = await ListAsync(new ContentListQuery { ContentType = type, Text = "ecologie" });
        Assert.Equal(["Journée ÉCOLOGIE numérique"], found.Items.Select(i => i.DisplayText));
        Assert.Single((await ListAsync(new ContentListQuery { ContentType = type, Text = "%_" })).Items);
        Assert.Empty((await ListAsync(new ContentListQuery { ContentType = type, Text = "introuvable" })).Items);
    }

    [SkippableFact]
    public async Task Picker_filter_finds_items_that_picked_any_of_the_ids()
    {
        var type = await DefineTypeAsync();
        var themeA = IdGenerator.NewId();
        var themeB = IdGenerator.NewId();
        await EventAsync(type, "A", null, null, true, themeA);
        await EventAsync(type, "A et B", null, null, true, themeA, themeB);
        await EventAsync(type, "Aucun", null, null, true);

        var query = new ContentListQuery { ContentType = type, PickerPart = type, PickerField = "Themes", Sort = ContentSort.DisplayTextAsc };
        Assert.Equal(["A", "A et B"], (await ListAsync(query with { PickedAnyOf = [themeA] })).Items.Select(i => i.DisplayText));
        Assert.Equal(["A et B"], (await ListAsync(query with { PickedAnyOf = [themeB] })).Items.Select(i => i.DisplayText));
    }

    [SkippableFact]
    public async Task Indexes_follow_new_versions_and_unpublishing()
    {
        var type = await DefineTypeAsync();
        var item = await EventAsync(type, "Déplacé", Now.AddDays(1), null);
        item.ApplyField(type, "StartDate", new DateTimeField { Value = Now.AddDays(-30) });
        await Content(cm => cm.SaveDraftAsync(item));

        // The published version still counts for published listings, the draft for latest ones.
        var upcoming = Agenda(type) with { EndsOnOrAfterUtc = Now };
        Assert.Single((await ListAsync(upcoming)).Items);
        Assert.Empty((await ListAsync(upcoming with { Status = ContentStatus.Latest })).Items);
        Assert.Single((await ListAsync(upcoming with { Status = ContentStatus.Latest, EndsOnOrAfterUtc = null, EndsBeforeUtc = Now })).Items);

        await Content(cm => cm.UnpublishAsync(item.ContentItemId));
        Assert.Empty((await ListAsync(upcoming)).Items);
        Assert.Single((await ListAsync(Agenda(type) with { Status = ContentStatus.Draft })).Items);
    }

    [SkippableFact]
    public async Task Counts_latest_items_by_type()
    {
        var type = await DefineTypeAsync();
        await EventAsync(type, "Un", null, null);
        await EventAsync(type, "Deux", null, null, publish: false);
        var counts = await InScope(sp => sp.GetRequiredService<IContentQuery>().CountByTypeAsync());
        Assert.Equal(2, counts[type]);
    }

    [SkippableFact]
    public async Task Date_sort_without_date_field_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(new ContentListQuery { Sort = ContentSort.DateAsc }));
    }
}
