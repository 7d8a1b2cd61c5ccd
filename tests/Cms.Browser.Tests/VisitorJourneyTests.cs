using Microsoft.Playwright;

namespace Cms.Browser.Tests;

/// <summary>
/// A visitor's way through the site after a fresh start: home → past events → the seed event → its thematic track,
/// with axe-core on every page of the journey and a screenshot of the seed event page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class VisitorJourneyTests(SiteFixture site) : PageChecks(site)
{
    private const string SeedTitle = "La DINUM partenaire de Numérique en Commun[s] à Bordeaux";

    [SkippableFact]
    public async Task From_home_to_the_seed_event_and_its_theme()
    {
        var (page, response) = await OpenAsync("/");
        Assert.Equal(200, response.Status);
        await AssertAccessibleAsync(page, "home");

        await page.Locator("header nav a", new PageLocatorOptions { HasTextString = "Évènements passés" }).First.ClickAsync();
        await page.WaitForURLAsync("**/agenda/passes");
        await AssertAccessibleAsync(page, "agenda-past");

        await page.Locator("main a", new PageLocatorOptions { HasTextString = SeedTitle }).First.ClickAsync();
        await page.WaitForURLAsync("**/agenda/numerique-en-communs-bordeaux");
        Assert.Equal(SeedTitle, (await page.Locator("main h1").InnerTextAsync()).Trim());

        await page.Locator("main a.fr-tag", new PageLocatorOptions { HasTextString = "Communs & souveraineté" }).First.ClickAsync();
        await page.WaitForURLAsync("**/thematiques/**");
        Assert.Equal("Communs & souveraineté", (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("main a", new PageLocatorOptions { HasTextString = SeedTitle }).CountAsync() > 0,
            "the theme page lists the seed event");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_upcoming_agenda_is_accessible_and_lists_events()
    {
        var (page, response) = await OpenAsync("/agenda");
        Assert.Equal(200, response.Status);
        Assert.True(await page.Locator("main h2 a, main h3 a").CountAsync() > 0, "the upcoming agenda lists events");
        await AssertAccessibleAsync(page, "agenda");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_seed_event_page_shows_every_value_of_the_seed_document()
    {
        var (page, response) = await OpenAsync("/agenda/numerique-en-communs-bordeaux");
        Assert.Equal(200, response.Status);
        var main = await page.Locator("main").InnerTextAsync();

        Assert.Contains(SeedTitle, main);
        Assert.Contains("La DINUM est partenaire de Numérique en Commun[s] qui se tiendra du 18 au 20 octobre 2023", main);
        Assert.Contains("18 octobre", main);
        Assert.Contains("20 octobre 2023", main);
        Assert.Contains("9 h", main);
        Assert.Contains("19 h", main);
        Assert.Contains("Palais de la Bourse", main);
        Assert.Contains("17 place de la Bourse 33076 Bordeaux", main);
        foreach (var text in new[] { "Horaires", "9h - 19h", "Comment y aller ?", "Tram D et C", "Modalités",
                     "Evénement réservé aux agents publics, inscription obligatoire", "Inscription", "En savoir plus" })
        {
            Assert.Contains(text, main);
        }
        foreach (var url in new[] { "https://numerique-en-communs.fr/vous-inscrire/", "https://numerique-en-communs.fr/vous-inscrire-en-groupe/",
                     "https://numerique-en-communs.fr/" })
        {
            Assert.True(await page.Locator($"main a.fr-btn[href='{url}']").CountAsync() > 0, $"practical information link {url} is a DSFR button");
        }
        var image = page.Locator("main img[alt^='La DINUM est co-programmatrice']").First;
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the seed image loads from the media store");
        Assert.Contains("Programme détaillé", main);
        Assert.Contains("Le grand RDV du numérique d'intérêt général", main);
        Assert.True(await page.Locator("main a.fr-tag", new PageLocatorOptions { HasTextString = "Communs & souveraineté" }).CountAsync() > 0);
        Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());

        await AssertAccessibleAsync(page, "seed-event");
        await page.Context.CloseAsync();
    }
}
