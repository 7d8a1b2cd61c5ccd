using System.Net;
using Cms.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Browser.Tests;

/// <summary>
/// Issue 18 in a browser: the header search bar (suggestions as one types, arrow keys, Enter), the results page
/// (highlighted words, filters, pagination, « Aucun résultat » and the spelling suggestion, without JavaScript too)
/// and the back office's « Redirections » page (add, edit, CSV export and import, delete). axe-core runs on each page
/// and no page may throw a JavaScript error. The fixture's search pages hold 4 results (<c>Cms:Search:PageSize</c>)
/// so that the recipe's six events span two pages.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchAndRedirectsTests(SiteFixture site) : PageChecks(site)
{
    private const string Password = "Navigateur-Test-2026!";

    [SkippableFact]
    public async Task Header_search_suggests_as_one_types_and_is_keyboard_navigable()
    {
        await WaitForIndexAsync();
        var (page, _) = await OpenAsync("/thematiques");
        var errors = ScriptErrors(page);
        var box = page.Locator("#recherche-champ");

        await box.PressSequentiallyAsync("bordeaux", new() { Delay = 40 });
        await page.WaitForSelectorAsync("#recherche-suggestions [role=option]");
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.Contains("Bordeaux", await page.InnerTextAsync("#recherche-suggestion-0"));
        await AssertAccessibleAsync(page, "search-suggestions");

        await box.PressAsync("ArrowDown");
        Assert.Equal("recherche-suggestion-0", await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await page.GetAttributeAsync("#recherche-suggestion-0", "aria-selected"));
        await box.PressAsync("ArrowUp");
        var last = await page.Locator("#recherche-suggestions [role=option]").CountAsync() - 1;
        Assert.Equal($"recherche-suggestion-{last}", await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Escape");
        Assert.True(await page.Locator("#recherche-suggestions").IsHiddenAsync());
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));

        // Enter with no suggestion chosen sends the form: the results page.
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/recherche?q=bordeaux*");
        Assert.Contains("Bordeaux", await page.InnerTextAsync(".cms-results li h3 a"));

        // A beginning of a word is enough; arrow down then Enter opens the suggested page itself.
        var header = page.Locator("#recherche-champ");
        await header.FillAsync("");
        await header.PressSequentiallyAsync("bordea", new() { Delay = 40 });
        await page.WaitForSelectorAsync("#recherche-suggestions [role=option]");
        await header.PressAsync("ArrowDown");
        await header.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/recherche"));
        Assert.Contains("Bordeaux", await page.InnerTextAsync("main h1"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Results_page_highlights_filters_and_paginates()
    {
        await WaitForIndexAsync();
        var (page, response) = await OpenAsync("/recherche?q=numerique");
        var errors = ScriptErrors(page);
        Assert.Equal("noindex", response.Headers.GetValueOrDefault("x-robots-tag"));
        Assert.Equal("noindex", await page.GetAttributeAsync("meta[name=robots]", "content"));
        // Typed without its accent, the word is found and marked in titles or excerpts.
        Assert.True(await page.Locator(".cms-results mark").CountAsync() > 0);
        Assert.Contains("numérique", (await page.Locator(".cms-results mark").First.InnerTextAsync()).ToLowerInvariant());
        await AssertAccessibleAsync(page, "search-results");

        // The type filter keeps the words and narrows the results to events.
        await page.SelectOptionAsync("#recherche-type", "Event");
        await page.ClickAsync("button:has-text('Filtrer')");
        await page.WaitForURLAsync("**type=Event*");
        var tags = await page.Locator(".cms-results li .fr-tag").AllInnerTextsAsync();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Equal("Évènement", tag.Trim()));

        // The events alone span two pages of four.
        await page.GotoAsync(Site.BaseUrl + "/recherche?type=Event");
        Assert.Equal(4, await page.Locator(".cms-results ul.cms-list > li").CountAsync());
        var firstPage = await page.Locator(".cms-results h3 a").AllInnerTextsAsync();
        await page.ClickAsync(".fr-pagination a:has-text('Page suivante')");
        await page.WaitForURLAsync("**page=2*");
        Assert.Equal("2", (await page.InnerTextAsync(".fr-pagination [aria-current=page]")).Trim());
        var secondPage = await page.Locator(".cms-results h3 a").AllInnerTextsAsync();
        Assert.NotEmpty(secondPage);
        Assert.Empty(firstPage.Intersect(secondPage));
        await AssertAccessibleAsync(page, "search-results-page-2");

        // A year and "upcoming only" are filters too: every result of « à venir » ends after today.
        await page.GotoAsync(Site.BaseUrl + "/recherche?type=Event&a-venir=1");
        Assert.True(await page.IsCheckedAsync("#recherche-a-venir"));
        Assert.DoesNotContain("Bordeaux", await page.InnerTextAsync(".cms-results"));

        // A typo: no exact result, a suggestion of the right spelling, and the close results.
        await page.GotoAsync(Site.BaseUrl + "/recherche?q=Bordaux");
        Assert.Contains("Aucun résultat pour « Bordaux »", await page.InnerTextAsync(".cms-results h2"));
        var suggestion = page.Locator(".cms-results p:has-text('Vouliez-vous dire') a");
        Assert.Equal("bordeaux", (await suggestion.InnerTextAsync()).Trim().ToLowerInvariant());
        await AssertAccessibleAsync(page, "search-suggestion");
        await suggestion.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("q=bordeaux", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Contains("Bordeaux", await page.InnerTextAsync(".cms-results h3"));

        // Nothing at all.
        await page.GotoAsync(Site.BaseUrl + "/recherche?q=zxqwvk");
        Assert.Contains("Aucun résultat pour « zxqwvk »", await page.InnerTextAsync(".cms-results h2"));
        await AssertAccessibleAsync(page, "search-no-result");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Results_page_works_without_javascript()
    {
        Skip.If(Site.SkipReason is not null, Site.SkipReason);
        await WaitForIndexAsync();
        var context = await Site.Browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.BaseUrl + "/recherche");
        await page.FillAsync("#recherche-page-champ", "ecoconception");
        await page.ClickAsync("#recherche-page button[type=submit]");
        await page.WaitForURLAsync("**/recherche?q=ecoconception*");
        Assert.Contains(await page.Locator(".cms-results h3").AllInnerTextsAsync(), title => title.Contains("écoconcevoir"));
        await page.SelectOptionAsync("#recherche-type", "Event");
        await page.ClickAsync("button:has-text('Filtrer')");
        await page.WaitForURLAsync("**type=Event*");
        Assert.True(await page.Locator(".cms-results h3 a").CountAsync() > 0);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task Content_list_finds_words_of_the_body_with_its_filters()
    {
        await WaitForIndexAsync();
        var (page, errors) = await SignInAsync();
        // « Tchap » is only in the body of the Bordeaux event.
        await page.GotoAsync(Site.BaseUrl + "/admin?q=tchap");
        Assert.Contains("Bordeaux", await page.InnerTextAsync("main table"));
        Assert.Equal(0, await page.Locator("[data-testid=titles-only]").CountAsync());
        await AssertAccessibleAsync(page, "content-list-search");
        // Combined with the list's filters: no partner speaks of it.
        await page.GotoAsync(Site.BaseUrl + "/admin?q=tchap&type=Partner");
        Assert.DoesNotContain("Bordeaux", await page.InnerTextAsync("main"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Redirects_page_adds_edits_exports_imports_and_deletes()
    {
        var (page, errors) = await SignInAsync();

        await page.GotoAsync(Site.BaseUrl + "/admin/redirections");
        await AssertAccessibleAsync(page, "redirects");

        // Add: the old address answers 301 to the new one at once.
        await page.FillAsync("#From", "/ancienne-page-navigateur/");
        await page.FillAsync("#To", "/agenda");
        await page.ClickAsync("button[type=submit]:has-text('Ajouter')");
        await page.WaitForSelectorAsync("[role=status]:has-text('Redirection ajoutée')");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/agenda"), await HeadAsync("/ancienne-page-navigateur/"));

        // A refused one says why, and keeps what was typed.
        await page.FillAsync("#From", "pas-de-barre");
        await page.FillAsync("#To", "/agenda");
        await page.ClickAsync("button[type=submit]:has-text('Ajouter')");
        await page.WaitForSelectorAsync("[data-testid=redirect-error]");
        Assert.Equal("pas-de-barre", await page.InputValueAsync("#From"));
        await AssertAccessibleAsync(page, "redirects-error");

        // Edit.
        await page.GotoAsync(Site.BaseUrl + "/admin/redirections?q=ancienne-page-navigateur");
        await page.ClickAsync("a[title='Modifier la redirection /ancienne-page-navigateur']");
        await page.WaitForURLAsync("**/admin/redirections/*");
        await AssertAccessibleAsync(page, "redirect-edit");
        await page.FillAsync("#To", "/thematiques");
        await page.ClickAsync("button[type=submit]:has-text('Enregistrer')");
        await page.WaitForSelectorAsync("[role=status]:has-text('Redirection enregistrée')");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/thematiques"), await HeadAsync("/ancienne-page-navigateur"));

        // Export as CSV.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('Exporter toutes les redirections')"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("source,destination", csv.TrimStart('\uFEFF'));
        Assert.Contains("/ancienne-page-navigateur,/thematiques,Manual", csv);

        // Import: a good line is added, a bad one is named by its line and refused alone.
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "redirections.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("source;destination\n/importee-navigateur;/partenaires\nsans-barre;/agenda\n"),
        });
        await page.ClickAsync("button[type=submit]:has-text('Importer')");
        await page.WaitForSelectorAsync("[role=status]:has-text('1 redirection(s) importée(s), 1 refusée(s)')");
        Assert.Contains("redirections.csv, ligne 3", await page.InnerTextAsync(".fr-alert--warning"));
        Assert.Equal((HttpStatusCode.MovedPermanently, "/partenaires"), await HeadAsync("/importee-navigateur"));

        // Delete: the old address is no longer redirected.
        await page.GotoAsync(Site.BaseUrl + "/admin/redirections?q=navigateur");
        Assert.Equal(2, await page.Locator("[data-testid=redirect-list] tbody tr").CountAsync());
        await page.ClickAsync("button[title='Supprimer la redirection /importee-navigateur']");
        await page.WaitForSelectorAsync("[role=status]:has-text('Redirection supprimée')");
        Assert.Equal(1, await page.Locator("[data-testid=redirect-list] tbody tr").CountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await HeadAsync("/importee-navigateur")).Status);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private async Task<(IPage Page, List<string> ScriptErrors)> SignInAsync()
    {
        var (page, _) = await OpenAsync("/admin/connexion");
        var errors = ScriptErrors(page);
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]:has-text('Se connecter')");
        await page.WaitForURLAsync("**/admin");
        return (page, errors);
    }

    private static List<string> ScriptErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        return errors;
    }

    /// <summary>The status and Location of a GET without following redirects.</summary>
    private async Task<(HttpStatusCode Status, string? Location)> HeadAsync(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Site.BaseUrl) };
        using var response = await client.GetAsync(path);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    /// <summary>The index is built in the background at start; the search pages answer from the database meanwhile.</summary>
    private async Task WaitForIndexAsync()
    {
        Skip.If(Site.SkipReason is not null, Site.SkipReason);
        var index = Site.Services.GetRequiredService<SearchIndex>();
        for (var i = 0; i < 600 && index.State != SearchIndexState.Ready; i++) await Task.Delay(100);
        Assert.Equal(SearchIndexState.Ready, index.State);
    }
}
