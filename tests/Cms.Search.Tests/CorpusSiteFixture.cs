using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;
using Cms.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Tests;

/// <summary>
/// The real site on Kestrel with the sample recipe and every event of <c>../shared/corpus</c> imported from its Jekyll
/// site folder (so its <c>_config.yml</c> is read), and the search index rebuilt once the import is done.
/// </summary>
public sealed class CorpusSiteFixture : IAsyncLifetime
{
    private TestSite? _site;

    public TestSite Site => _site ?? throw new InvalidOperationException("The site is not started.");
    public RecipeReport Import { get; private set; } = new();

    public static string CorpusSite =>
        Path.GetDirectoryName(TestDirectory.FindRepositoryFile(Path.Combine("..", "shared", "corpus", "numerique.gouv.fr", "_config.yml")))!;
    public static string CorpusEvents => Path.Combine(CorpusSite, "_evenements");

    public async Task InitializeAsync()
    {
        _site = await TestSite.StartAsync(["--Cms:Admin:Password=Recherche-Test-2026!"], name: "cms-search-tests");
        await using var scope = _site.Services.CreateAsyncScope();
        Import = await scope.ServiceProvider.GetRequiredService<IMarkdownFolderImporter>()
            .ImportFolderAsync(new MarkdownFolderImport { Folder = CorpusEvents }, TextWriter.Null);
        await _site.Services.GetRequiredService<SearchIndexService>().RebuildAsync(CancellationToken.None);
    }

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = new Uri(Site.BaseUrl) };

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class CorpusSiteCollection : ICollectionFixture<CorpusSiteFixture>
{
    public const string Name = "Corpus site";
}
