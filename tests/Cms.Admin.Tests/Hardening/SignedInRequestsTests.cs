using Cms.Admin.SignIn;
using Cms.Admin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Which requests go through authentication (<see cref="SignedInRequests"/>), with the site's own sign-in cookie: the
/// back office always, any other address only when the request carries that cookie.
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
}
