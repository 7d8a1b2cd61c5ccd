using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Media;
using Cms.Admin.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Admin.Tests.Media;

/// <summary>The MediaField picker in a real browser: the dialog, an upload from it, choosing, alt text and « décorative ».</summary>
public class MediaPickerBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task An_editor_uploads_from_the_picker_chooses_a_second_image_and_saves_one_described_and_one_decorative()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        using (var scope = site.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediaStore>().SaveAsync("ornements/filet.png", new MemoryStream(MediaSamples.Png()));
        }
        var page = await site.SessionAsync("editor");
        await page.GotoAsync("/admin/contenus/nouveau/Event");
        await page.Locator("[name='TitlePart.Title']").FillAsync("Atelier du sélecteur de médias");

        // Upload from the dialog: the uploaded image is picked at once.
        await page.ClickAsync("[data-media-field] [data-media-open]");
        var dialog = page.Locator("dialog.admin-media-dialog");
        await Assertions.Expect(dialog.Locator("[data-media-library]")).ToBeVisibleAsync();
        await dialog.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Photo du sélecteur.jpg", MimeType = "image/jpeg", Buffer = MediaSamples.Jpeg() });
        await dialog.Locator("[data-media-upload] button[type=submit]").ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await page.Locator("[data-media-row]:not([hidden]) [data-media-text]").First.FillAsync("Une photo prise pendant l'atelier");

        // Browse to a folder and choose an existing file; mark it decorative.
        await page.ClickAsync("[data-media-field] [data-media-open]");
        await dialog.Locator("a[data-media-nav]:has-text('ornements')").ClickAsync();
        await dialog.Locator("[data-media-pick='ornements/filet.png']").ClickAsync();
        await page.Locator("[data-media-row]:not([hidden]):not([data-media-add])").Nth(1).Locator("label:has-text('Image décorative')").ClickAsync();
        await page.ClickAsync("[data-testid='save']");
        await page.WaitForSelectorAsync("[data-testid='flash']");

        using var after = site.App.Services.CreateScope();
        var items = await after.ServiceProvider.GetRequiredService<IContentQuery>()
            .ListAsync(new ContentListQuery { Text = "Atelier du sélecteur", Status = ContentStatus.Latest });
        var images = Assert.Single(items.Items).GetPart("Event")!["Images"]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            { "Paths": ["photo-du-selecteur.jpg", "ornements/filet.png"], "MediaTexts": ["Une photo prise pendant l'atelier", ""], "Decorative": [false, true] }
            """), images), images.ToJsonString());
    }
}
