namespace Cms.ContentModules.Tests;

/// <summary>
/// One real site (Kestrel, temporary SQLite database, the DINUM setup recipe) shared by every test of the stock
/// content modules, so that the project starts a single host. Tests create their own items with unique names and do
/// not assume an empty site.
/// </summary>
public sealed class ContentModulesSite : IAsyncLifetime
{
    public const string AdminPassword = "Modules-Test-2026!";
    private TestSite? _site;

    public TestSite Site => _site ?? throw new InvalidOperationException("The site is not started.");

    public async Task InitializeAsync() =>
        // Plain http on 127.0.0.1: the back office's cookies are not Secure, so tests can sign in.
        _site = await TestSite.StartAsync([$"--Cms:Admin:Password={AdminPassword}", "--Cms:Admin:SecureCookies=false"], name: "cms-content-modules-tests");

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = new Uri(Site.BaseUrl) };

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ContentModulesSiteCollection : ICollectionFixture<ContentModulesSite>, ICollectionFixture<OrchardBlogSite>, ICollectionFixture<OrchardAgencySite>
{
    public const string Name = "Content modules site";
}
