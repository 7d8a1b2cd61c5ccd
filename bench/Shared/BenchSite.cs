using System.Net;
using System.Net.Sockets;
using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Bench;

/// <summary>The real program on Kestrel at 127.0.0.1 on a free port, SQLite in a temporary data directory.</summary>
public sealed class BenchSite : IAsyncDisposable
{
    private BenchSite(WebApplication app, string dataDirectory, string baseUrl)
    {
        App = app;
        DataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }
    public string DataDirectory { get; }
    public string BaseUrl { get; }
    public const string AdminPassword = "Bench-Passw0rd!";

    /// <summary>
    /// The cookie of "uncached" requests: the site's output cache steps aside for it (<c>Cms:OutputCache:BypassCookies</c>),
    /// and nothing else reads it, so the page is rendered as for an anonymous visitor whose page is not in the cache.
    /// (The sign-in cookie's name with an invalid value did the same, but made the sign-in handler throw and catch an
    /// exception on every request, which no real visitor pays.)
    /// </summary>
    public const string UncachedCookieName = "cms.bench-uncached";
    public const string UncachedCookie = UncachedCookieName + "=1";
    public const string UncachedCookieHeader = "Cookie: " + UncachedCookie;

    public static Task<BenchSite> StartAsync(params string[] extraArgs) => StartAsync(null, extraArgs);

    /// <param name="configure">Extra services or settings for the site (e.g. a SQL command counter).</param>
    public static async Task<BenchSite> StartAsync(Action<WebApplicationBuilder>? configure, params string[] extraArgs)
    {
        var repository = Repository.Root;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "cms-bench-" + Guid.NewGuid().ToString("n"));
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var app = CmsHost.Build(
            [$"--Cms:DataDirectory={dataDirectory}", "--Cms:Admin:UserName=admin", $"--Cms:Admin:Password={AdminPassword}",
                "--Cms:Admin:SecureCookies=false", $"--Cms:SetupRecipe={Path.Combine(repository, "recipes", "dinum.recipe.json")}",
                $"--Cms:ThemesPath={Path.Combine(repository, "themes")}", "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
                "--Cms:OutputCache:BypassCookies:0=cms.auth", $"--Cms:OutputCache:BypassCookies:1={UncachedCookieName}", .. extraArgs],
            builder =>
            {
                builder.WebHost.UseUrls(baseUrl);
                configure?.Invoke(builder);
            });
        await app.StartAsync();
        return new BenchSite(app, dataDirectory, baseUrl);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a command of the program (e.g. <c>import</c>) as <c>dotnet run -- name args</c> would; returns its
    /// exit code and its output.</summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(string name, params string[] args)
    {
        using var scope = App.Services.CreateScope();
        var command = scope.ServiceProvider.GetServices<ICommand>().Single(c => c.Name == name);
        var output = new StringWriter();
        var code = await command.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The public path of the reference event imported by the setup recipe.</summary>
    public Task<ContentItem> SeedEventAsync() => WithServicesAsync(async services =>
    {
        var found = await services.GetRequiredService<IContentQuery>().ListAsync(
            new ContentListQuery { ContentType = "Event", Text = "Numérique en Commun[s] à Bordeaux" });
        return found.Items.Count == 1 ? found.Items[0] : throw new InvalidOperationException("the seed event is not in the store");
    });

    public static string PathOf(ContentItem item) => "/" + (item.As<AutoroutePart>()?.Path ?? throw new InvalidOperationException($"{item.ContentItemId} has no path")).TrimStart('/');

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

public static class Repository
{
    /// <summary>The folder holding Cms.sln, found by walking up from the current directory, then from the program.</summary>
    public static string Root { get; } = Find(Directory.GetCurrentDirectory()) ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Cms.sln not found above the current directory: run from the repository.");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cms.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>A folder given on the command line, or the first <paramref name="relative"/> found above the repository.</summary>
    public static string FindAbove(string relative)
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"{relative} not found above {Root}");
    }
}
