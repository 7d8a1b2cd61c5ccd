using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Editing;
using Cms.Admin.Editors;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Admin.Tests.Browser;

/// <summary>The back office in a real browser: what editors and contributors do, end to end.</summary>
public class EditorBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static ILocator Input(IPage page, string name) => page.Locator($"[name='{name}']");

    private async Task<ContentItem> LatestByTitleAsync(string title)
    {
        using var scope = site.App.Services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var result = await query.ListAsync(new ContentListQuery { Text = title, Status = ContentStatus.Latest });
        return Assert.Single(result.Items, i => i.DisplayText == title);
    }

    [SkippableFact]
    public async Task An_editor_creates_an_event_with_information_a_theme_and_a_partner_previews_publishes_and_a_visitor_sees_it_on_the_agenda()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var theme = await LatestByTitleAsync(await FirstThemeTitleAsync());
        var page = await site.SessionAsync("editor");
        await page.GotoAsync("/admin/contenus/nouveau/Event");

        const string title = "Atelier navigateur des communs";
        await Input(page, "TitlePart.Title").FillAsync(title);
        Assert.Equal("agenda/atelier-navigateur-des-communs", await Input(page, "AutoroutePart.Path").GetAttributeAsync("placeholder"));
        var start = Cms.Abstractions.Time.SiteClock.Default.ToInput(DateTime.UtcNow.AddDays(40).Date.AddHours(8));
        await Input(page, "Event.StartDate.Value").FillAsync(start);
        await Input(page, "Event.Venue.Text").FillAsync("Tiers-lieu de Bordeaux");

        // Two practical-information fields, with the no-JavaScript buttons.
        await page.ClickAsync("[data-testid='bag-add-InfoField']");
        await Input(page, "InfoFields[0].InfoField.Label.Text").FillAsync("Horaires");
        await Input(page, "InfoFields[0].InfoField.Content.Markdown").FillAsync("De **9 h** à 18 h");
        await page.ClickAsync("[data-testid='bag-add-InfoField']");
        await Input(page, "InfoFields[1].InfoField.Label.Text").FillAsync("Inscription");
        await Input(page, "InfoFields[1].InfoField.Link.Url").FillAsync("https://example.org/inscription");
        Assert.Equal(title, await Input(page, "TitlePart.Title").InputValueAsync());

        // A theme found by the picker's search, a partner created on the fly.
        await Input(page, "Event.Themes.Add").PressSequentiallyAsync(theme.DisplayText![..6]);
        await page.Locator($"button:has-text('Ajouter « {theme.DisplayText} »')").ClickAsync();
        await Input(page, "Event.Partners.Add").FillAsync("Partenaire du navigateur");
        await page.ClickAsync("[data-testid='save']");
        await page.WaitForSelectorAsync("[data-testid='flash']");

        var item = await LatestByTitleAsync(title);
        Assert.False(item.Published);
        Assert.Equal(["Horaires", "Inscription"], item.GetBagItems("InfoFields").Select(i => i.GetField<TextField>("InfoField", "Label")!.Text!));
        Assert.Equal([theme.ContentItemId], item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Single(item.GetField<ContentPickerField>("Event", "Partners")!.ContentItemIds);

        // Preview with the site theme, then publish.
        // The preview page shows the draft in a frame at the chosen width.
        var previewUrl = await page.GetAttributeAsync("[data-testid='preview']", "href");
        var previewPage = await page.Context.NewPageAsync();
        await previewPage.GotoAsync(previewUrl!);
        var preview = previewPage.FrameLocator("[data-testid='preview-frame']");
        await Assertions.Expect(preview.Locator("[data-testid='preview-banner']")).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("main h1").First).ToContainTextAsync(title);
        await page.ClickAsync("[data-testid='publish']");
        await Assertions.Expect(page.Locator("[data-testid='flash']")).ToContainTextAsync("publié");

        var visitor = await site.SessionAsync(null);
        await visitor.GotoAsync("/agenda");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync(title);
        await visitor.GotoAsync("/agenda/atelier-navigateur-des-communs");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Horaires");
    }

    [SkippableFact]
    public async Task A_contributors_draft_cannot_be_published_by_that_contributor()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var page = await site.SessionAsync("alice");
        await page.GotoAsync("/admin/contenus/nouveau/Event");
        await Input(page, "TitlePart.Title").FillAsync("Brouillon d'Alice au navigateur");
        await Assertions.Expect(page.Locator("[data-testid='publish']")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid='save']");
        await page.WaitForSelectorAsync("[data-testid='flash']");
        await Assertions.Expect(page.Locator("[data-testid='publish']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid='delete']")).ToHaveCountAsync(0);

        // Forcing the publish command into the form is refused by the server.
        await page.EvaluateAsync("""
            () => {
              const form = document.getElementById('content-form');
              const input = document.createElement('input');
              input.type = 'hidden'; input.name = 'command'; input.value = 'publish';
              form.appendChild(input);
              form.submit();
            }
            """);
        await page.WaitForURLAsync(new Regex("acces-refuse"));
        await Assertions.Expect(page.Locator("[data-testid='access-denied']")).ToBeVisibleAsync();
        Assert.False((await LatestByTitleAsync("Brouillon d'Alice au navigateur")).Published);
    }

    [SkippableFact]
    public async Task When_two_editors_save_the_same_event_the_second_save_is_refused_with_the_conflict_message()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var first = await site.SessionAsync("editor");
        var second = await site.SessionAsync("editor2");
        await first.GotoAsync("/admin/contenus/nouveau/Event");
        await Input(first, "TitlePart.Title").FillAsync("Évènement disputé");
        await first.ClickAsync("[data-testid='save']");
        await first.WaitForSelectorAsync("[data-testid='flash']");
        var editUrl = first.Url;

        await second.GotoAsync(editUrl);
        await Input(first, "Event.Venue.Text").FillAsync("Salle A");
        await first.ClickAsync("[data-testid='save']");
        await first.WaitForSelectorAsync("[data-testid='flash']");

        await Input(second, "Event.Venue.Text").FillAsync("Salle B");
        await second.ClickAsync("[data-testid='save']");
        var conflict = second.Locator("[data-testid='conflict']");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("modifié par editor");
        Assert.Equal("Salle B", await Input(second, "Event.Venue.Text").InputValueAsync());
        Assert.Equal("Salle A", (await LatestByTitleAsync("Évènement disputé")).GetField<TextField>("Event", "Venue")!.Text);
    }

    private async Task<string> FirstThemeTitleAsync()
    {
        using var scope = site.App.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery { ContentType = "Theme", Status = ContentStatus.Published, PageSize = 1 });
        return Assert.Single(result.Items).DisplayText!;
    }
}
