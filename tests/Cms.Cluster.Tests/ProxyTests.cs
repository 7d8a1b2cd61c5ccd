using System.Net;

namespace Cms.Cluster.Tests;

/// <summary>
/// A node behind a TLS-terminating proxy (Production, Secure cookies): with the proxy declared, its
/// <c>X-Forwarded-Proto: https</c> is honoured; reached in plain http, the sign-in page says what to configure.
/// </summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await TestSite.StartAsync(["--Cms:ForwardedHeaders:KnownProxies=127.0.0.1", "--Cms:Admin:Password=Proxy-Passw0rd!"], "cms-proxy");

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task The_sign_in_page_over_plain_http_explains_what_to_configure()
    {
        using var client = ClusterFixture.Client(_site);
        using var response = await client.GetAsync("/admin/connexion");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Connexion impossible", html);
        Assert.Contains("Cms:ForwardedHeaders:KnownProxies", html);
    }

    [Fact]
    public async Task Behind_a_declared_proxy_forwarding_https_the_sign_in_page_works_with_secure_cookies()
    {
        using var client = ClusterFixture.Client(_site);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/connexion");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cms.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
