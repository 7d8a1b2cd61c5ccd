namespace Cms.ContentModules.Tests;

/// <summary>
/// A second site for Orchard's blog recipe, as an Orchard user would set one up: a fresh database with nothing of the
/// DINUM setup (whose own <c>main-menu</c> alias the blog's menu would collide with), then the blog recipe run once
/// (<see cref="OrchardBlogRecipe"/>).
/// </summary>
public sealed class OrchardBlogSite : IAsyncLifetime
{
    private TestSite? _site;
    private readonly string _emptyRecipe = Path.Combine(Path.GetTempPath(), $"cms-empty-{Guid.NewGuid():n}.recipe.json");

    public TestSite Site => _site ?? throw new InvalidOperationException("The site is not started.");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_emptyRecipe, """{ "name": "empty", "displayName": "Site vide", "steps": [] }""");
        _site = await TestSite.StartAsync(
            [$"--Cms:Admin:Password={ContentModulesSite.AdminPassword}", "--Cms:Admin:SecureCookies=false", $"--Cms:SetupRecipe={_emptyRecipe}"],
            name: "cms-orchard-blog-tests");
    }

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = new Uri(Site.BaseUrl) };

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        File.Delete(_emptyRecipe);
    }
}
