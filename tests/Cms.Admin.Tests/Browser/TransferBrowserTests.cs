using Cms.Abstractions.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cms.Admin.Tests.Transfer.TransferUploads;

namespace Cms.Admin.Tests.Browser;

/// <summary>Importing a zip of documents from the browser, as an administrator; editors are refused the page.</summary>
public class TransferBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string DocumentPath = "_evenements/2023-07-26-navigateur-numerique-en-communs.markdown";

    private async Task<ContentItem?> LatestAsync(string id)
    {
        using var scope = site.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
    }

    [SkippableFact]
    public async Task An_administrator_uploads_a_zip_sees_the_dry_run_report_then_runs_it_and_the_event_page_is_public()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var page = await site.SessionAsync("admin");
        await page.GotoAsync("/admin");
        await page.ClickAsync("a.fr-nav__link:has-text('Import / export')");
        await page.WaitForURLAsync("**/admin/import");

        var zip = Zip(
            (DocumentPath, Utf8(SeedText)),
            ("uploads/1500-500-max bis.jpg", SeedImage),
            ("_evenements/2024-05-01-casse.md", Utf8(BrokenDocument)));
        await page.SetInputFilesAsync("[data-testid='upload']", new FilePayload { Name = "site.zip", MimeType = "application/zip", Buffer = zip });
        await page.ClickAsync("[data-testid='analyze']");
        await page.WaitForSelectorAsync("[data-testid='transfer-report']");

        Assert.Contains("Essai à blanc", await page.InnerTextAsync("#report-title"));
        Assert.Equal("créés : 1", (await page.InnerTextAsync("[data-testid='created']")).Trim());
        Assert.Equal("refusés : 1", (await page.InnerTextAsync("[data-testid='refused-count']")).Trim());
        var refusedRow = page.Locator("[data-testid='refused'] tbody tr");
        Assert.Equal(1, await refusedRow.CountAsync());
        Assert.Equal("_evenements/2024-05-01-casse.md", (await refusedRow.Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Matches(@"^\d+$", (await refusedRow.Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.Contains("YAML invalide", await refusedRow.Locator("td").Nth(2).InnerTextAsync());
        var id = IdGenerator.FromSeed(DocumentPath);
        Assert.Null(await LatestAsync(id));

        await page.ClickAsync("[data-testid='run-import']");
        await page.WaitForSelectorAsync("#report-title:has-text('Import terminé')");
        Assert.Equal("créés : 1", (await page.InnerTextAsync("[data-testid='created']")).Trim());
        Assert.True((await LatestAsync(id))!.Published);

        var visitor = await site.SessionAsync(null);
        var response = await visitor.GotoAsync("/agenda/navigateur-numerique-en-communs");
        Assert.Equal(200, response!.Status);
        Assert.Contains("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", await visitor.InnerTextAsync("h1"));
        var image = await visitor.GotoAsync("/media/uploads/1500-500-max%20bis.jpg");
        Assert.Equal(200, image!.Status);
    }

    [SkippableFact]
    public async Task An_upload_larger_than_the_server_default_body_size_reaches_the_page_and_gets_its_message()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var page = await site.SessionAsync("admin");
        await page.GotoAsync("/admin/import");
        // Kestrel refuses bodies above 30 MB unless the page raises its limit (RequestSizeLimit): 35 MB must get through.
        // Given as a file on disk: a 35 MB buffer sent through Playwright's protocol took over 30 s on a loaded machine.
        var file = Path.Combine(Path.GetTempPath(), $"grand-{Guid.NewGuid():n}.bin");
        await File.WriteAllBytesAsync(file, new byte[35 * 1024 * 1024]);
        try
        {
            // The browser reads the file when the form is sent: it is deleted once the answer is there.
            await page.SetInputFilesAsync("[data-testid='upload']", file);
            await page.ClickAsync("[data-testid='analyze']");
            await page.WaitForSelectorAsync("[data-testid='transfer-error']");
        }
        finally
        {
            File.Delete(file);
        }
        Assert.Contains("ni une archive zip", await page.InnerTextAsync("[data-testid='transfer-error']"));
    }

    [SkippableFact]
    public async Task An_editor_is_refused_the_import_page()
    {
        Skip.If(BrowserSite.ChromiumMissing(out var missing), missing);
        var page = await site.SessionAsync("editor");
        Assert.Equal(0, await page.Locator("a.fr-nav__link:has-text('Import / export')").CountAsync());

        var response = await page.GotoAsync("/admin/import");

        Assert.Equal(403, response!.Status);
        Assert.Equal(1, await page.Locator("[data-testid='access-denied']").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid='upload']").CountAsync());
    }
}
