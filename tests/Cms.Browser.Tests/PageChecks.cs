using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Cms.Browser.Tests;

/// <summary>Opens pages of the site in a fresh browser page and checks them with axe-core.</summary>
public abstract class PageChecks(SiteFixture site)
{
    protected SiteFixture Site { get; } = site;

    protected async Task<(IPage Page, IResponse Response)> OpenAsync(string path)
    {
        Skip.If(Site.SkipReason is not null, Site.SkipReason);
        var context = await Site.Browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Site.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        return (page, response!);
    }

    /// <summary>No serious or critical axe-core violation; a screenshot of the whole page is saved in any case.</summary>
    protected static async Task AssertAccessibleAsync(IPage page, string screenshotName)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteFixture.ScreenshotDirectory, screenshotName + ".png"), FullPage = true });
        var results = await page.RunAxe();
        var blocking = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", blocking));
    }

    /// <summary>The first link of an index page (to reach a real theme or partner page whatever the recipe holds).</summary>
    protected async Task<string> FirstLinkAsync(string indexPath, string selector)
    {
        var (page, _) = await OpenAsync(indexPath);
        var href = await page.Locator(selector).First.GetAttributeAsync("href");
        await page.Context.CloseAsync();
        Assert.False(string.IsNullOrEmpty(href), $"{indexPath} lists no item ({selector}).");
        return href!;
    }
}
