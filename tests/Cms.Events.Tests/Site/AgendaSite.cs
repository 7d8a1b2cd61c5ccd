using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Events.Tests.Site;

/// <summary>
/// The whole program in process (TestServer) on a temporary SQLite store, with a fixed clock. By default its setup
/// recipe only sets the site settings (base URL, two events per page), and tests add the content they need.
/// </summary>
public sealed class AgendaSite : IAsyncDisposable
{
    public const string BaseUrl = "https://agenda.test";

    private AgendaSite(WebApplication app, string dataDirectory, FakeTimeProvider clock)
    {
        App = app;
        DataDirectory = dataDirectory;
        Clock = clock;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }
    public string DataDirectory { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient Client { get; }

    /// <param name="nowUtc">The site's current instant.</param>
    /// <param name="realSetupRecipe">Runs recipes/dinum.recipe.json (seed event and samples) instead of the settings-only recipe.</param>
    /// <param name="storeArgs">Configuration of the store (e.g. PostgreSQL); SQLite in the data directory when empty.</param>
    public static async Task<AgendaSite> StartAsync(DateTime nowUtc, bool realSetupRecipe = false, IEnumerable<string>? storeArgs = null)
    {
        var directory = TestDirectory.NewPath("cms-events-tests");
        Directory.CreateDirectory(directory);
        var args = new List<string>
        {
            $"--Cms:DataDirectory={directory}",
            "--Cms:Admin:UserName=admin",
            "--Cms:Admin:Password=Test-Passw0rd!",
        };
        args.AddRange(storeArgs ?? []);
        if (realSetupRecipe)
        {
            args.Add($"--Cms:SetupRecipe={TestDirectory.FindRepositoryFile("recipes/dinum.recipe.json")}");
        }
        else
        {
            var recipe = Path.Combine(directory, "test.recipe.json");
            await File.WriteAllTextAsync(recipe, $$"""
                {
                  "name": "events-tests",
                  "issetuprecipe": true,
                  "steps": [
                    { "name": "settings", "SiteName": "Agenda de test", "Operator": "DINUM", "BaseUrl": "{{BaseUrl}}", "TimeZone": "Europe/Paris", "PageSize": 2 }
                  ]
                }
                """);
            args.Add($"--Cms:SetupRecipe={recipe}");
        }
        var clock = new FakeTimeProvider(new DateTimeOffset(nowUtc, TimeSpan.Zero));
        var app = CmsHost.Build(args.ToArray(), builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.StartAsync();
        return new AgendaSite(app, directory, clock);
    }

    /// <summary>
    /// A second host on this site's SQLite store and shared files (same items, same ids, same media), at the same
    /// instant, with <paramref name="configuration"/> added (<c>--Cms:Section:Key=value</c>); its own data directory
    /// (search index, keys) is deleted with it.
    /// </summary>
    public async Task<AgendaSite> SecondHostAsync(params string[] configuration)
    {
        var directory = TestDirectory.NewPath("cms-events-tests");
        Directory.CreateDirectory(directory);
        var args = new List<string>
        {
            $"--Cms:DataDirectory={directory}",
            $"--Cms:SharedDirectory={DataDirectory}",
            $"--ConnectionStrings:Cms=Data Source={Path.Combine(DataDirectory, "cms.db")}",
            "--Cms:Admin:UserName=admin",
            "--Cms:Admin:Password=Test-Passw0rd!",
        };
        args.AddRange(configuration);
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var app = CmsHost.Build(args.ToArray(), builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.StartAsync();
        return new AgendaSite(app, directory, clock);
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A published Theme at thematiques/{slug}.</summary>
    public Task<ContentItem> CreateThemeAsync(string title, string slug) => WithServicesAsync(async services =>
    {
        var content = services.GetRequiredService<IContentManager>();
        var theme = await content.NewAsync("Theme");
        theme.Apply(new TitlePart { Title = title });
        theme.Apply(new AutoroutePart { Path = "thematiques/" + slug });
        return await content.CreateAsync(theme, publish: true);
    });

    /// <summary>An Event at agenda/{slug}; <paramref name="configure"/> may set more fields.</summary>
    public Task<ContentItem> CreateEventAsync(string title, string slug, DateTime? startUtc, DateTime? endUtc,
        IEnumerable<ContentItem>? themes = null, bool publish = true, Action<ContentItem>? configure = null) => WithServicesAsync(async services =>
    {
        var content = services.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Event");
        item.Apply(new TitlePart { Title = title });
        item.Apply(new AutoroutePart { Path = "agenda/" + slug });
        item.Apply(new MarkdownBodyPart { Markdown = "Le programme de **" + title + "**." });
        if (startUtc is not null) item.ApplyField("Event", "StartDate", new DateTimeField { Value = startUtc });
        if (endUtc is not null) item.ApplyField("Event", "EndDate", new DateTimeField { Value = endUtc });
        if (themes is not null) item.ApplyField("Event", "Themes", new ContentPickerField { ContentItemIds = themes.Select(t => t.ContentItemId).ToArray() });
        configure?.Invoke(item);
        return await content.CreateAsync(item, publish);
    });

    public async Task<(HttpStatusCode Status, string Text)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> PageAsync(string path)
    {
        var (status, text) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path} answered {(int)status}: {text[..Math.Min(text.Length, 2000)]}");
        return new HtmlParser().ParseDocument(text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        TestDirectory.Delete(DataDirectory);
    }
}
