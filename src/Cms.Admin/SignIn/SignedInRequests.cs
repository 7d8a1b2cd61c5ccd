using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Cms.Admin.SignIn;

/// <summary>
/// Which requests go through authentication: the back office's, any request carrying the sign-in cookie or an
/// Authorization header. Every other request is anonymous whatever the middleware would do, as long as the schemes
/// are the cookies Identity registers (the default one is the sign-in cookie's, and a cookie handler never handles a
/// request by itself), so it skips the handler's creation and the search for a cookie it lacks. A module or an
/// operator that adds any other scheme (an API key, a bearer token, OpenID Connect and its callback address) gets
/// every request authenticated, as the middleware alone would.
/// </summary>
public sealed class SignedInRequests
{
    private readonly string _cookieName;
    private readonly bool _onlyIdentityCookies;

    public SignedInRequests(IOptionsMonitor<CookieAuthenticationOptions> cookies, IAuthenticationSchemeProvider schemes)
    {
        _cookieName = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name
            ?? throw new InvalidOperationException("The sign-in cookie has no name.");
        // The provider answers from memory (its tasks are complete); the schemes are all registered by the time the
        // pipeline is built.
        var all = schemes.GetAllSchemesAsync().GetAwaiter().GetResult();
        var requestHandlers = schemes.GetRequestHandlerSchemesAsync().GetAwaiter().GetResult();
        var defaultScheme = schemes.GetDefaultAuthenticateSchemeAsync().GetAwaiter().GetResult();
        _onlyIdentityCookies = !requestHandlers.Any()
            && all.All(s => s.HandlerType == typeof(CookieAuthenticationHandler))
            && defaultScheme?.Name == IdentityConstants.ApplicationScheme;
    }

    public bool MayBeSignedIn(HttpContext context) =>
        !_onlyIdentityCookies
        || context.Request.Path.StartsWithSegments(AdminRoutes.Root, StringComparison.OrdinalIgnoreCase)
        || context.Request.Cookies.ContainsKey(_cookieName)
        || context.Request.Headers.ContainsKey(HeaderNames.Authorization);
}
