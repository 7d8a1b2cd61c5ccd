using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Browser.Tests;

/// <summary>
/// The rich-text editor of HtmlBodyPart in a browser (issue 13): its toolbar puts a word in bold and a line in a level-2
/// heading, « Code HTML » shows the HTML the form posts, and the published page shows what was formatted; axe-core runs
/// on the editor.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlEditorTests(SiteFixture site) : PageChecks(site)
{
    private const string Type = "PageRicheNavigateur";

    [SkippableFact]
    public async Task The_toolbar_formats_the_text_and_the_published_page_shows_it()
    {
        var (page, _) = await OpenAsync("/admin/connexion");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        using (var scope = Site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(Type,
                t => t.DisplayedAs("Page riche").Creatable().WithPart("TitlePart").WithPart("AutoroutePart").WithPart("HtmlBodyPart"));
        }
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", "Navigateur-Test-2026!");
        await page.ClickAsync("button[type=submit]:has-text('Se connecter')");
        await page.WaitForURLAsync("**/admin");

        await page.GotoAsync($"{Site.BaseUrl}/admin/contenus/nouveau/{Type}");
        await page.FillAsync("[name='TitlePart.Title']", "Page riche du navigateur");
        var area = page.Locator("[contenteditable='true']").First;
        await area.ClickAsync();
        await page.Keyboard.TypeAsync("Un titre");
        await page.ClickAsync("button[data-html-command='h2']");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.ClickAsync("button[data-html-command='p']");
        await page.Keyboard.TypeAsync("Un mot fort");
        await page.Keyboard.DownAsync("Shift");
        for (var i = 0; i < "fort".Length; i++) await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.UpAsync("Shift");
        await page.ClickAsync("button[data-html-command='bold']");
        await AssertAccessibleAsync(page, "html-editor");

        await page.ClickAsync("button[data-html-command='source']");
        var html = await page.InputValueAsync("textarea[data-html-editor]");
        Assert.Contains("<h2>Un titre</h2>", html);
        Assert.Matches("<(b|strong)>fort</(b|strong)>", html);
        Assert.True(await page.Locator("button[data-html-command='bold']").IsDisabledAsync(), "The formatting buttons are off while the HTML is shown.");
        await page.ClickAsync("button[data-html-command='source']");

        await page.ClickAsync("button[value='publish']");
        await page.WaitForURLAsync(url => !url.Contains("/nouveau/", StringComparison.Ordinal));
        Assert.Empty(errors);

        string path;
        using (var scope = Site.Services.CreateScope())
        {
            var id = page.Url.Split('/', '?')[5];
            var item = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id))!;
            path = item.As<AutoroutePart>()!.Path!;
        }
        var visitor = await page.Context.NewPageAsync();
        await visitor.GotoAsync($"{Site.BaseUrl}/{path}");
        Assert.Equal("Un titre", await visitor.Locator("main h2:has-text('Un titre')").InnerTextAsync());
        Assert.Equal("fort", await visitor.Locator("main :is(b, strong):has-text('fort')").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
