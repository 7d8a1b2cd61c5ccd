using Cms.Admin.Tests.Support;
using Cms.Data.Identity;
using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Admin.Tests.Browser;

/// <summary>
/// The real program on Kestrel (127.0.0.1, free port, plain HTTP: cookies without the Secure flag, as in
/// Development) and Debian's Chromium driven by Playwright. Without <c>/usr/bin/chromium</c> the browser tests fail
/// when <c>CI</c> is set, and otherwise return early saying so.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "cms-admin-browser-" + Guid.NewGuid().ToString("n"));
    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    public static bool ChromiumMissing(out string message)
    {
        message = $"Chromium is missing at {ChromiumPath} (apt-get install -y chromium).";
        if (File.Exists(ChromiumPath)) return false;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) Assert.Fail(message);
        return true;
    }

    public async Task InitializeAsync()
    {
        App = CmsHost.Build(
        [
            $"--Cms:DataDirectory={DataDirectory}", "--Cms:Admin:UserName=admin", $"--Cms:Admin:Password={AdminSite.Password}",
            $"--Cms:SetupRecipe={AdminSite.RepositoryFile("recipes/dinum.recipe.json")}", "--Cms:Admin:SecureCookies=false",
            "--urls=http://127.0.0.1:0",
        ]);
        await App.StartAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using (var scope = App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            foreach (var (name, role) in new[] { ("editor", CmsRoles.Editor), ("editor2", CmsRoles.Editor), ("alice", CmsRoles.Contributor) })
            {
                var user = new CmsUser { UserName = name, CreatedUtc = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user, AdminSite.Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }
        if (ChromiumMissing(out _)) return;
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser session (own cookies), signed in as <paramref name="userName"/> unless null.</summary>
    public async Task<IPage> SessionAsync(string? userName)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "fr-FR", TimezoneId = "Europe/Paris" });
        // The suite runs browser collections beside the others on two cores: a first sign-in (a new site's first
        // back-office page) has taken over Playwright's default 30 s there. Waits are longer, assertions unchanged.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        // The browser talks to the site under test only: a request elsewhere (no network here) could hang until the
        // system's connect timeout and hold the page's load event past the tests' waits.
        await context.RouteAsync(url => !url.StartsWith(BaseUrl, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal),
            route => route.AbortAsync());
        var page = await context.NewPageAsync();
        if (userName is not null)
        {
            await page.GotoAsync("/admin/connexion");
            await page.FillAsync("#UserName", userName);
            await page.FillAsync("#Password", AdminSite.Password);
            await page.ClickAsync("button:has-text('Se connecter')");
            // Signed in once the back office's page is there; the tests wait for what they look at themselves. Two CI
            // runs in about ten saw the page after the sign-in's redirect never finish loading (90 s, the address
            // already /admin, the cause not found): the session is signed in by then, so the page is asked for again once.
            try
            {
                await page.WaitForURLAsync("**/admin", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 45_000 });
            }
            catch (TimeoutException)
            {
                await page.GotoAsync("/admin", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
                Assert.EndsWith("/admin", new Uri(page.Url).AbsolutePath);
            }
        }
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
