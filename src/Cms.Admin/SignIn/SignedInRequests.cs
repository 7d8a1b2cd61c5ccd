using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cms.Admin.SignIn;

/// <summary>
/// Which requests go through authentication: the back office's, and any request carrying the sign-in cookie. Every
/// other request is anonymous whatever the middleware would do (the only default scheme is the sign-in cookie's, and
/// no scheme handles requests by itself), so it skips the handler's creation and the search for a cookie it lacks.
/// </summary>
public sealed class SignedInRequests(IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    private readonly string _cookieName = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name
        ?? throw new InvalidOperationException("The sign-in cookie has no name.");

    public bool MayBeSignedIn(HttpContext context) =>
        context.Request.Path.StartsWithSegments(AdminRoutes.Root, StringComparison.OrdinalIgnoreCase)
        || context.Request.Cookies.ContainsKey(_cookieName);
}
