using System.Net;
using System.Text.RegularExpressions;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Hardening;

/// <summary>Issue 16, item 3: every response, public and back office, carries the security headers; no inline script.</summary>
public sealed partial class Item03SecurityHeadersTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/agenda")]
    [InlineData("/feed.xml")]
    [InlineData("/page-qui-n-existe-pas")]
    [InlineData("/admin/connexion")]
    [InlineData("/admin/ressources/admin.js")]
    public async Task Item03_every_response_carries_the_security_headers(string url)
    {
        using var client = await site.ClientAsync();
        using var response = await client.GetAsync(url);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.NotEmpty(Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/agenda")]
    [InlineData(null, "/admin/connexion")]
    [InlineData("admin", "/admin")]
    [InlineData("admin", "/admin/medias")]
    [InlineData("admin", "/admin/utilisateurs")]
    [InlineData("admin", "/admin/import")]
    public async Task Item03_pages_have_no_inline_script_nor_event_handler(string? user, string url)
    {
        using var client = await site.ClientAsync(user);
        var (status, html) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (Match script in ScriptTag().Matches(html))
        {
            var tag = script.Value;
            Assert.True(tag.Contains(" src=", StringComparison.Ordinal) || tag.Contains("application/ld+json", StringComparison.Ordinal),
                $"{url}: inline script {tag}");
        }
        Assert.DoesNotMatch(EventHandler(), html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Item03_the_back_office_can_have_its_own_host()
    {
        await using var separate = new AdminSiteOnItsHost();
        await separate.Site.InitializeAsync();
        using var client = new AdminClient(separate.Site.Server);
        using (var publicAdmin = await client.GetAsync("https://localhost/admin/connexion"))
        {
            Assert.Equal(HttpStatusCode.NotFound, publicAdmin.StatusCode);
        }
        using (var adminLogin = await client.GetAsync("https://admin.localhost/admin/connexion"))
        {
            Assert.Equal(HttpStatusCode.OK, adminLogin.StatusCode);
        }
        using (var publicOnAdminHost = await client.GetAsync("https://admin.localhost/agenda"))
        {
            Assert.Equal(HttpStatusCode.NotFound, publicOnAdminHost.StatusCode);
        }
        using (var publicPage = await client.GetAsync("https://localhost/agenda"))
        {
            Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        }
    }

    private sealed class AdminSiteOnItsHost : IAsyncDisposable
    {
        public AdminSite Site { get; } = new() { ExtraArgs = ["--Cms:Admin:Host=admin.localhost"] };

        public ValueTask DisposeAsync() => new(Site.DisposeAsync());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri}: no {name} header.");

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
