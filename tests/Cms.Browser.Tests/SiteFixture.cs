using Microsoft.Playwright;

namespace Cms.Browser.Tests;

/// <summary>
/// The real site on Kestrel (<see cref="TestSite"/>: a free 127.0.0.1 port, a temporary data directory so the setup
/// recipe runs), and a headless <see cref="Chromium"/> driven by Playwright: without Chromium the tests are skipped,
/// and fail when <c>CI</c> is set.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private TestSite? _site;
    private IPlaywright? _playwright;

    public string BaseUrl => _site?.BaseUrl ?? "";
    public IServiceProvider Services => _site?.Services ?? throw new InvalidOperationException(SkipReason ?? "The site is not started.");
    public IBrowser? Browser { get; private set; }
    public string? SkipReason { get; private set; }

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        SkipReason = Chromium.Unavailable();
        if (SkipReason is not null) return;

        _site = await TestSite.StartAsync(
        [
            "--Cms:Admin:UserName=admin",
            "--Cms:Admin:Password=Navigateur-Test-2026!",
            // Plain HTTP on 127.0.0.1: the back office's cookies may not require TLS here.
            "--Cms:Admin:SecureCookies=false",
            // Four results a page: the recipe's six events span two pages (SearchAndRedirectsTests).
            "--Cms:Search:PageSize=4",
            $"--Cms:SetupRecipe={TestDirectory.FindRepositoryFile(Path.Combine("recipes", "dinum.recipe.json"))}",
        ], name: "cms-browser-tests");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site in a browser";
}
