using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display;
using Cms.Display.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Cms.Display.Tests;

/// <summary>Builds the display services as the host does (DisplayStartup), against a themes folder.</summary>
public sealed class DisplayHarness : IDisposable
{
    private readonly ServiceProvider _root;

    public DisplayHarness(string? themesPath = null, string theme = "Dsfr", Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cms:ThemesPath"] = themesPath ?? RepositoryThemes,
                ["Cms:SiteTheme"] = theme,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.AddSingleton<IConfiguration>(configuration);
        new DisplayStartup().ConfigureServices(services, configuration);
        new Cms.ContentFields.Startup().ConfigureServices(services, configuration);
        services.AddSingleton<ISiteSettingsStore>(new FixedSettings(Settings));
        configure?.Invoke(services);
        _root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Scope = _root.CreateScope();
    }

    public SiteSettings Settings { get; } = new() { SiteName = "Numérique en Commun[s]", Operator = "DINUM", BaseUrl = "https://exemple.gouv.fr" };
    public IServiceScope Scope { get; }
    public IPageRenderer Renderer => Scope.ServiceProvider.GetRequiredService<IPageRenderer>();
    public FluidPageRenderer FluidRenderer => Scope.ServiceProvider.GetRequiredService<FluidPageRenderer>();
    public IMarkdownService Markdown => Scope.ServiceProvider.GetRequiredService<IMarkdownService>();

    public static string RepositoryThemes =>
        Cms.Display.Themes.SiteTheme.FindThemesFolder(AppContext.BaseDirectory) ?? throw new InvalidOperationException("themes/ not found above the test output.");

    public void Dispose()
    {
        Scope.Dispose();
        _root.Dispose();
    }

    private sealed class FixedSettings(SiteSettings settings) : ISiteSettingsStore
    {
        public Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(settings);
        public Task SaveAsync(SiteSettings value, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "Cms.Display.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

public static class Items
{
    public static ContentItem Make(string type, string title, string? path = null, string? markdown = null, bool published = true)
    {
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.FromSeed(type + title),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = type,
            DisplayText = title,
            Published = published,
            Latest = true,
        };
        item.Part("TitlePart")["Title"] = title;
        if (path is not null) item.Part("AutoroutePart")["Path"] = path;
        if (markdown is not null) item.Part("MarkdownBodyPart")["Markdown"] = markdown;
        return item;
    }
}
