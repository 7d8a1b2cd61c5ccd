using System.Text.Encodings.Web;
using Cms.Admin.SignIn;
using Cms.Admin.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Which requests go through authentication (<see cref="SignedInRequests"/>), with the site's own sign-in cookie: the
/// back office always, any other address only when the request carries that cookie or an Authorization header; every
/// request as soon as a module registers a scheme of another kind.
/// </summary>
public sealed class SignedInRequestsTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Theory]
    [InlineData("/agenda", null, false)]
    [InlineData("/", "cms.bench-uncached=1; cms.antiforgery=x", false)]
    [InlineData("/agenda", "cms.auth=chunks-2", true)]
    [InlineData("/", "theme=sombre; cms.auth=x", true)]
    [InlineData("/admin", null, true)]
    [InlineData("/Admin/contenus", null, true)]
    [InlineData("/administration", null, false)]
    public void The_back_office_and_requests_with_the_sign_in_cookie_are_authenticated(string path, string? cookies, bool authenticated)
    {
        var requests = ActivatorUtilities.CreateInstance<SignedInRequests>(site.App.Services);
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        if (cookies is not null) http.Request.Headers.Cookie = cookies;
        Assert.Equal(authenticated, requests.MayBeSignedIn(http));
    }

    [Fact]
    public void A_request_with_an_authorization_header_is_authenticated()
    {
        var requests = ActivatorUtilities.CreateInstance<SignedInRequests>(site.App.Services);
        var http = new DefaultHttpContext();
        http.Request.Path = "/agenda";
        http.Request.Headers.Authorization = "Bearer x";
        Assert.True(requests.MayBeSignedIn(http));
    }

    [Fact]
    public void Every_request_is_authenticated_once_a_module_adds_a_scheme_of_another_kind()
    {
        static SignedInRequests For(Action<AuthenticationBuilder> schemes)
        {
            var services = new ServiceCollection().AddLogging();
            var builder = services.AddAuthentication(IdentityConstants.ApplicationScheme)
                .AddCookie(IdentityConstants.ApplicationScheme, o => o.Cookie.Name = "cms.auth")
                .AddCookie(IdentityConstants.ExternalScheme);
            schemes(builder);
            return ActivatorUtilities.CreateInstance<SignedInRequests>(services.BuildServiceProvider());
        }
        var anonymous = new DefaultHttpContext();
        anonymous.Request.Path = "/agenda";

        Assert.False(For(_ => { }).MayBeSignedIn(anonymous));
        Assert.True(For(b => b.AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>("ApiKey", null)).MayBeSignedIn(anonymous));
    }

    private sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}
