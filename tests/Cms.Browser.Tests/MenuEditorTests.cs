using Cms.Alias.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Browser.Tests;

/// <summary>
/// The menu editor in a browser (issue 13): an editor adds a link to the main menu, moves it up, publishes, and the
/// public header shows it at once in its place; axe-core runs on the editor. The menu is restored at the end.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MenuEditorTests(SiteFixture site) : PageChecks(site)
{
    private const string Password = "Navigateur-Test-2026!";

    [SkippableFact]
    public async Task An_editor_adds_a_link_reorders_publishes_and_sees_it_in_the_header()
    {
        var (page, _) = await OpenAsync("/admin/connexion");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]:has-text('Se connecter')");
        await page.WaitForURLAsync("**/admin");

        string menuId;
        using (var scope = Site.Services.CreateScope())
        {
            menuId = (await scope.ServiceProvider.GetRequiredService<IAliasLookup>().GetPublishedIdAsync("main-menu"))!;
        }
        await page.GotoAsync($"{Site.BaseUrl}/admin/menus/{menuId}");
        var items = page.Locator("[data-testid='menu-item']");
        var before = await items.CountAsync();
        await AssertAccessibleAsync(page, "menu-editor");

        await page.ClickAsync("button:has-text('Ajouter un lien')");
        await page.WaitForURLAsync($"**/admin/menus/{menuId}");
        Assert.Equal(before + 1, await items.CountAsync());
        var last = before.ToString();
        await page.FillAsync($"#menu-{last}-label", "Presse");
        await page.FillAsync($"#menu-{last}-url", "/presse");
        await page.ClickAsync($"button[value='up|{last}']");
        await page.WaitForURLAsync($"**/admin/menus/{menuId}");
        Assert.Equal("Presse", await page.InputValueAsync($"#menu-{before - 1}-label"));
        await page.ClickAsync("button[value='publish']");
        await page.WaitForURLAsync($"**/admin/menus/{menuId}");

        var visitor = await page.Context.NewPageAsync();
        await visitor.GotoAsync(Site.BaseUrl + "/agenda");
        var labels = await visitor.Locator("#navigation-principale a.fr-nav__link").AllInnerTextsAsync();
        Assert.Equal("Presse", labels[^2]);

        // Restore the recipe's menu.
        await page.ClickAsync($"button[value='remove|{before - 1}']");
        await page.WaitForURLAsync($"**/admin/menus/{menuId}");
        await page.ClickAsync("button[value='publish']");
        await page.WaitForURLAsync($"**/admin/menus/{menuId}");
        await visitor.ReloadAsync();
        Assert.DoesNotContain("Presse", await visitor.Locator("#navigation-principale").InnerTextAsync());

        // The back office's own navigation leads to the menus and to the site settings (axe-core on the settings page).
        await page.GotoAsync(Site.BaseUrl + "/admin");
        await page.Locator("a.fr-nav__link:has-text('Menus')").First.DispatchEventAsync("click");
        await page.WaitForURLAsync("**/admin?type=Menu");
        Assert.Equal("page", await page.Locator("a.fr-nav__link:has-text('Menus')").First.GetAttributeAsync("aria-current"));
        await page.GotoAsync(Site.BaseUrl + "/admin/parametres");
        Assert.Equal("Page d'accueil", await page.Locator("#section-HomeRoute legend").InnerTextAsync());
        await AssertAccessibleAsync(page, "site-settings");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
