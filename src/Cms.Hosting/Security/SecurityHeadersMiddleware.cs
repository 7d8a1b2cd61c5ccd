using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Cms.Hosting.Security;

/// <summary>
/// Adds the security headers to every response, whatever produced it (pages, cached pages, files, errors):
/// Content-Security-Policy, <c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options: DENY</c> (older browsers), Referrer-Policy, Permissions-Policy, and
/// Strict-Transport-Security when the request came over HTTPS. A header a later component set itself is kept.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityHeaders headers)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (context, headers) = ((HttpContext, SecurityHeaders))state;
            headers.Apply(context);
            return Task.CompletedTask;
        }, (context, headers));
        return next(context);
    }
}

/// <summary>The header values, built once from <see cref="SecurityOptions"/>.</summary>
public sealed class SecurityHeaders
{
    private readonly string _csp;
    private readonly string _referrer;
    private readonly string _permissions;
    private readonly string? _hsts;

    public SecurityHeaders(SecurityOptions options, IEnumerable<string> frameHosts)
    {
        // The site's own pages may be framed by the site (the back office's preview at several widths; framing of
        // everything else is refused by frame-ancestors), and bodies may embed the video hosts.
        var frames = string.Join(' ', new[] { "'self'" }.Concat(frameHosts.Select(h => "https://" + h)));
        _csp = options.ContentSecurityPolicy.Replace("{frame-src}", frames, StringComparison.Ordinal);
        _referrer = options.ReferrerPolicy;
        _permissions = options.PermissionsPolicy;
        _hsts = options.HstsMaxAgeDays > 0
            ? "max-age=" + (options.HstsMaxAgeDays * 86_400L).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    public string ContentSecurityPolicy => _csp;

    public void Apply(HttpContext context)
    {
        var response = context.Response.Headers;
        // A page that lets its own site frame it (the back office's preview at several widths) says so with
        // X-Frame-Options: SAMEORIGIN; every other response may be framed by nobody.
        var sameOrigin = string.Equals(response.XFrameOptions, "SAMEORIGIN", StringComparison.OrdinalIgnoreCase);
        if (!response.ContainsKey("Content-Security-Policy"))
        {
            response.ContentSecurityPolicy = sameOrigin ? _csp.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal) : _csp;
        }
        response.XContentTypeOptions = "nosniff";
        if (!sameOrigin) response.XFrameOptions = "DENY";
        if (!response.ContainsKey("Referrer-Policy")) response["Referrer-Policy"] = _referrer;
        response["Permissions-Policy"] = _permissions;
        if (_hsts is not null && context.Request.IsHttps) response.StrictTransportSecurity = _hsts;
    }
}
