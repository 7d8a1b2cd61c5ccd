using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Browser.Tests;

/// <summary>
/// The real site (<see cref="CmsHost.Build"/>) on Kestrel at a free 127.0.0.1 port with a temporary data directory
/// (so the setup recipe runs), and a headless Chromium driven by Playwright. Chromium is Debian's
/// (<c>/usr/bin/chromium</c>, or <c>CMS_CHROMIUM</c>): without it the tests are skipped, and fail when <c>CI</c> is set.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "cms-browser-" + Guid.NewGuid().ToString("n"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException(SkipReason ?? "The site is not started.");
    public IBrowser? Browser { get; private set; }
    public string? SkipReason { get; private set; }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CMS_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            var message = $"Chromium not found at {ChromiumPath} (apt-get install -y chromium, or set CMS_CHROMIUM).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) throw new InvalidOperationException(message + " Browser tests cannot be skipped on CI.");
            SkipReason = message + " Browser tests skipped.";
            return;
        }

        _app = CmsHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Cms:DataDirectory={_dataDirectory}",
            "--Cms:Admin:UserName=admin",
            "--Cms:Admin:Password=Navigateur-Test-2026!",
            $"--Cms:SetupRecipe={FindAbove(Path.Combine("recipes", "dinum.recipe.json"))}",
        ]);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    private static string FindAbove(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site in a browser";
}
