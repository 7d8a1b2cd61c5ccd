using Microsoft.Playwright;

namespace Cms.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class SitePagesTests(SiteFixture site) : PageChecks(site)
{
    [SkippableFact]
    public async Task Theme_page_lists_its_events_and_is_accessible()
    {
        var path = await FirstLinkAsync("/thematiques", ".fr-tile__title a");
        var (page, response) = await OpenAsync(path);
        Assert.Equal(200, response.Status);
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        Assert.True(await page.Locator("#evenements-a-venir").IsVisibleAsync());
        Assert.Equal("Thématiques", (await page.Locator(".fr-breadcrumb__list li").Nth(1).InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "theme");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Partner_page_is_accessible()
    {
        var path = await FirstLinkAsync("/partenaires", ".fr-tile__title a");
        var (page, response) = await OpenAsync(path);
        Assert.Equal(200, response.Status);
        Assert.True(await page.Locator("#evenements-a-venir").IsVisibleAsync());
        await AssertAccessibleAsync(page, "partner");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Unknown_path_gets_the_dsfr_404_page_with_status_404()
    {
        var (page, response) = await OpenAsync("/cette-page-n-existe-pas");
        Assert.Equal(404, response.Status);
        Assert.Equal("Page non trouvée", (await page.Locator("main h1").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "not-found");
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/thematiques", "theme-index")]
    [InlineData("/partenaires", "partner-index")]
    [InlineData("/accessibilite", "accessibilite")]
    [InlineData("/mentions-legales", "mentions-legales")]
    [InlineData("/donnees-personnelles", "donnees-personnelles")]
    [InlineData("/gestion-des-cookies", "gestion-des-cookies")]
    public async Task Index_and_legal_pages_are_accessible(string path, string screenshot)
    {
        var (page, response) = await OpenAsync(path);
        Assert.Equal(200, response.Status);
        await AssertAccessibleAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Dsfr_styles_load_and_the_footer_has_the_mandatory_links()
    {
        var (page, _) = await OpenAsync("/thematiques");
        var font = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        Assert.Contains("Marianne", font);
        var footer = page.Locator("#pied-de-page");
        foreach (var label in new[] { "Accessibilité : non conforme", "Mentions légales", "Données personnelles", "Gestion des cookies" })
        {
            Assert.Equal(1, await footer.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).CountAsync());
        }
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Display_settings_switch_to_the_dark_theme()
    {
        var (page, _) = await OpenAsync("/thematiques");
        await page.Locator("#pied-de-page").GetByRole(AriaRole.Button, new() { Name = "Paramètres d'affichage" }).ClickAsync();
        var modal = page.Locator("#fr-theme-modal");
        await Assertions.Expect(modal).ToBeVisibleAsync();
        await modal.Locator("label[for=fr-radios-theme-dark]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-fr-theme", "dark");
        await page.Context.CloseAsync();
    }
}
