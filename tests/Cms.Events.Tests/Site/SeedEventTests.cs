using Cms.ContentManagement.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Events.Tests.Site;

/// <summary>The site as the real setup recipe makes it (seed event and samples), started once for these tests.</summary>
public sealed class SeedSiteFixture : IAsyncLifetime
{
    public AgendaSite Site { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Site = await AgendaSite.StartAsync(new DateTime(2026, 11, 10, 10, 0, 0, DateTimeKind.Utc), realSetupRecipe: true);

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>The reference event as the setup recipe imports it, on its page.</summary>
public class SeedEventTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private AgendaSite Site => fixture.Site;

    private async Task<string> SeedEventPathAsync()
    {
        var past = await Site.PageAsync("/agenda/passes?annee=2023");
        return past.QuerySelectorAll(".fr-card__title a").Single(a => a.TextContent.Contains("Bordeaux")).GetAttribute("href")!;
    }

    [Fact]
    public async Task The_archive_offers_the_years_and_months_its_events_overlap_and_no_empty_one()
    {
        // Past on 10/11/2026: the seed event (October 2023) and a workshop of June 2025; nothing in 2024 nor in 2026.
        var page = await Site.PageAsync("/agenda/passes");
        var years = page.QuerySelectorAll(".cms-agenda__filters a.fr-tag[href*=\"annee=\"]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["2025", "2023"], years);

        // A chosen year offers the months its past events overlap: the seed event's October, not eleven empty months.
        var year = await Site.PageAsync("/agenda/passes?annee=2023");
        var months = year.QuerySelectorAll(".cms-agenda__filters a.fr-tag[href*=\"mois=\"]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["octobre 2023"], months);
    }

    [Fact]
    public async Task Seed_event_page_reads_as_on_the_original_site()
    {
        var page = await Site.PageAsync(await SeedEventPathAsync());

        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Du 18 octobre à 9 h au 20 octobre 2023 à 19 h", page.QuerySelector(".cms-event__facts")!.TextContent);
        var buttons = page.QuerySelectorAll(".cms-event__info a.fr-btn").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://numerique-en-communs.fr/vous-inscrire/", "https://numerique-en-communs.fr/vous-inscrire-en-groupe/", "https://numerique-en-communs.fr/"], buttons);
        var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("2023-10-18T09:00:00+02:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2023-10-20T19:00:00+02:00", json.GetProperty("endDate").GetString());
        Assert.Equal("Palais de la Bourse", json.GetProperty("location").GetProperty("name").GetString());
    }

    /// <summary>
    /// Issue 17's "same bytes": pages rendered uncached (the sign-in cookie makes the output cache step aside) are byte
    /// for byte the same through every fast path and through the plain ones. The fast site renders each page twice (the
    /// second time from the kept cards of <see cref="Cms.Events.Agenda.AgendaCache"/>); a second host on the same store
    /// and clock, with each fast path's <c>Enabled</c> off, renders them from SQL and fresh renderings.
    /// </summary>
    [Fact]
    public async Task Pages_are_the_same_bytes_through_the_fast_paths_and_the_plain_ones()
    {
        string[] paths =
        [
            await SeedEventPathAsync(), "/agenda", "/", "/agenda/passes", "/agenda/passes?annee=2023", "/agenda/passes?mois=2023-10",
            "/agenda/passes?theme=donnees-territoire", "/agenda?theme=donnees-territoire", "/thematiques/donnees-territoire",
        ];
        await using var plain = await Site.SecondHostAsync(
            "--Cms:ContentQuery:Enabled=false",          // listings counted and cut by SQL (PublishedRangeKeys off)
            "--Cms:PublishedContentCache:Enabled=false", // every item read from the store
            "--Cms:DisplayPlans:Enabled=false",          // type and part definitions copied and read for each item
            "--Cms:AgendaCache:Enabled=false",           // themes read and event cards rendered for each page
            "--Cms:EventDisplayCache:Enabled=false",     // an event's details, JSON-LD and links built for each page
            "--Cms:MenuCache:Enabled=false",             // the header's and footer's menus read for each page
            "--Cms:KeptParts:Enabled=false",             // the layout's and listings' kept parts rendered for each page
            "--Cms:BagDisplayCache:Enabled=false",       // an event's practical information rendered item by item for each page
            "--Cms:KeptShapes:Enabled=false",            // an event's own shapes rendered for each page
            "--Cms:SharedTemplateContext:Enabled=false", // a Fluid context of its own for every template
            "--Cms:Database:CompiledModel:Enabled=false"); // the EF model built from OnModelCreating
        static async Task<string> UncachedAsync(AgendaSite site, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", "cms.auth=anonymous");
            using var response = await site.Client.SendAsync(request);
            return $"{(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}";
        }

        var keys = Site.App.Services.GetRequiredService<PublishedRangeKeys>();
        var cards = Site.App.Services.GetRequiredService<Cms.Events.Agenda.AgendaCache>();
        Assert.True(keys.Enabled && cards.Enabled);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Events.Agenda.AgendaCache>().Enabled);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Events.Display.EventDisplayCache>().Enabled);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Data.Configuration.CmsDataOptions>().CompiledModel);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Display.Rendering.KeptParts>().Enabled);
        var bags = Site.App.Services.GetRequiredService<Cms.Display.Rendering.BagDisplayCache>();
        Assert.True(bags.Enabled);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Display.Rendering.BagDisplayCache>().Enabled);
        Assert.True(Site.App.Services.GetRequiredService<Cms.Display.Rendering.KeptShapes>().Enabled);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Display.Rendering.KeptShapes>().Enabled);
        Assert.True(Site.App.Services.GetRequiredService<Cms.Display.Rendering.SharedTemplateContextOptions>().Enabled);
        Assert.False(plain.App.Services.GetRequiredService<Cms.Display.Rendering.SharedTemplateContextOptions>().Enabled);
        foreach (var path in paths)
        {
            var first = await UncachedAsync(Site, path);
            var fast = await UncachedAsync(Site, path);
            Assert.True(fast.StartsWith("200\n", StringComparison.Ordinal), $"{path}: {fast[..Math.Min(fast.Length, 300)]}");
            Assert.True(first == fast, $"{path} differs once its cards are kept");
            Assert.True(fast == await UncachedAsync(plain, path), $"{path} differs between the fast paths and the plain ones");
        }
        // The fast paths were taken: the themes and the in-memory keys are held.
        Assert.True(cards.TryGetThemes(out var themes), "the themes are kept");
        Assert.True(Cms.Display.Liquid.KeptValues.IsMarked(themes), "the kept themes key the listings' kept blocks");
        Assert.True(bags.Count > 0, "the seed event's practical information are kept");
        Assert.True(Site.App.Services.GetRequiredService<Cms.Display.Rendering.KeptShapes>().Stored > 0, "the seed event's own shapes are kept");
        Assert.True(keys.TryGetRanges(new PublishedRangeKeys.RangeKey("Event", "Event", "StartDate", "EndDate"), out var ranges));
        Assert.True(ranges!.Entries.Length > 5, "the in-memory keys hold the published events");
        Assert.True(keys.TryGetPicks(new PublishedRangeKeys.PickerKey("Event", "Themes"), out _));
    }

    /// <summary>A change of the content definitions made on this node empties the agenda's kept themes and cards.</summary>
    [Fact]
    public async Task A_definitions_change_forgets_the_kept_agenda()
    {
        var cards = Site.App.Services.GetRequiredService<Cms.Events.Agenda.AgendaCache>();
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/agenda"))
        {
            request.Headers.Add("Cookie", "cms.auth=anonymous");
            using var response = await Site.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }
        Assert.True(cards.TryGetThemes(out _), "the themes are kept");
        await using (var scope = Site.App.Services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<Cms.Abstractions.Definitions.IContentDefinitionManager>();
            await definitions.SaveAsync(await definitions.LoadAsync());
        }
        Assert.False(cards.TryGetThemes(out _), "a definitions change forgets the kept themes and cards");
    }
}
