namespace Cms.ContentModules.Tests;

/// <summary>
/// A site for one of Orchard's own recipes, as an Orchard user would set one up: a fresh database with nothing of the
/// DINUM setup (whose own <c>main-menu</c> alias the recipe's menu would collide with), then the recipe run once
/// (<see cref="OrchardRecipe"/>).
/// </summary>
public abstract class EmptyOrchardSite(string name) : IAsyncLifetime
{
    private TestSite? _site;
    private readonly string _emptyRecipe = Path.Combine(Path.GetTempPath(), $"cms-empty-{Guid.NewGuid():n}.recipe.json");

    public TestSite Site => _site ?? throw new InvalidOperationException("The site is not started.");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_emptyRecipe, """{ "name": "empty", "displayName": "Site vide", "steps": [] }""");
        _site = await TestSite.StartAsync(
            [$"--Cms:Admin:Password={ContentModulesSite.AdminPassword}", "--Cms:Admin:SecureCookies=false", $"--Cms:SetupRecipe={_emptyRecipe}"],
            name: name);
    }

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = new Uri(Site.BaseUrl) };

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        File.Delete(_emptyRecipe);
    }
}

/// <summary>The site of Orchard's blog recipe (<see cref="OrchardRecipe.Blog"/>).</summary>
public sealed class OrchardBlogSite() : EmptyOrchardSite("cms-orchard-blog-tests");

/// <summary>The site of Orchard's agency recipe (<see cref="OrchardRecipe.Agency"/>).</summary>
public sealed class OrchardAgencySite() : EmptyOrchardSite("cms-orchard-agency-tests");
