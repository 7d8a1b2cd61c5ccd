using System.Net;
using System.Net.Http.Headers;
using Cms.Abstractions.Content;
using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.OutputCaching.Tests;

/// <summary>The real program (every module, the setup recipe) on a temporary data directory, served by a TestServer.</summary>
public sealed class CachedSite : IAsyncLifetime
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "cms-cache-" + Guid.NewGuid().ToString("n"));
    public WebApplication App { get; private set; } = null!;
    public TestServer Server { get; private set; } = null!;

    public static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}.");
    }

    public async Task InitializeAsync()
    {
        App = CmsHost.Build(
            [$"--Cms:DataDirectory={DataDirectory}", "--Cms:Admin:UserName=admin", "--Cms:Admin:Password=Test-Passw0rd!",
                $"--Cms:SetupRecipe={RepositoryFile("recipes/dinum.recipe.json")}"],
            builder => builder.WebHost.UseTestServer());
        await App.StartAsync();
        Server = App.GetTestServer();
        Server.BaseAddress = new Uri("https://localhost/");
    }

    /// <summary>A client that does not decompress (the tests look at Content-Encoding themselves).</summary>
    public HttpClient Client() => Server.CreateClient();

    public async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers?.Invoke(request.Headers);
        return await Client().SendAsync(request);
    }

    public async Task<string> BodyAsync(string url)
    {
        using var response = await GetAsync(url);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Whether the output cache answered (it adds an Age header to what it serves from memory).</summary>
    public static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    public async Task<T> ContentAsync<T>(Func<IContentManager, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    /// <summary>The reference event imported by the setup recipe.</summary>
    public async Task<ContentItem> SeedEventAsync()
    {
        using var scope = App.Services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var found = await query.ListAsync(new ContentListQuery { ContentType = "Event", Text = "Numérique en Commun[s] à Bordeaux" });
        return Assert.Single(found.Items);
    }

    public Task<ContentItem> CreateThemeAsync(string title, bool publish = true) => ContentAsync(async c =>
    {
        var item = await c.NewAsync("Theme");
        item.Apply(new TitlePart { Title = title });
        return await c.CreateAsync(item, publish);
    });

    public Task<ContentItem> RetitleAsync(string id, string title) => ContentAsync(async c =>
    {
        var item = (await c.GetAsync(id, VersionOptions.Latest))!;
        item.Apply(new TitlePart { Title = title });
        return await c.PublishAsync(item);
    });

    public static string PathOf(ContentItem item) => item.As<AutoroutePart>()?.Path is { Length: > 0 } path
        ? "/" + path.TrimStart('/')
        : throw new InvalidOperationException($"{item.ContentItemId} has no path");

    /// <summary>Requests <paramref name="url"/> until it comes from the cache (twice suffices: the first stores it).</summary>
    public async Task<string> WarmAsync(string url)
    {
        await BodyAsync(url);
        using var second = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(FromCache(second), $"{url} is served from the output cache on the second request");
        return await second.Content.ReadAsStringAsync();
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class CachedSiteCollection : ICollectionFixture<CachedSite>
{
    public const string Name = "cached site";
}
