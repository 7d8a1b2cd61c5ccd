using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Testing;

/// <summary>
/// The real site (<see cref="CmsHost.Build"/>) on Kestrel at a free 127.0.0.1 port, with a temporary data directory
/// (so the setup recipe runs on start), deleted on dispose.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private TestSite(WebApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public WebApplication App { get; }
    public IServiceProvider Services => App.Services;
    public string DataDirectory { get; }

    /// <summary>The site's address, without a trailing slash (e.g. <c>http://127.0.0.1:41234</c>).</summary>
    public string BaseUrl { get; }

    /// <summary>Starts the site with <paramref name="args"/> (host arguments after the address and data directory).</summary>
    public static async Task<TestSite> StartAsync(IEnumerable<string> args, string name = "cms-site-tests", Action<WebApplicationBuilder>? configure = null)
    {
        var dataDirectory = TestDirectory.NewPath(name);
        var app = CmsHost.Build(["--urls", "http://127.0.0.1:0", $"--Cms:DataDirectory={dataDirectory}", .. args], configure);
        try
        {
            await app.StartAsync();
            return new TestSite(app, dataDirectory);
        }
        catch
        {
            await app.DisposeAsync();
            TestDirectory.Delete(dataDirectory);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        TestDirectory.Delete(DataDirectory);
    }
}
