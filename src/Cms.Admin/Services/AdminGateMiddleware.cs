using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Services;

/// <summary>
/// Every URL under <c>/admin</c> (pages that exist or not) sends an anonymous visitor to the sign-in page, except
/// the sign-in page itself and the back office's static assets. Back-office responses are never cached and keep
/// their referrer to the site. With <c>Cms:Admin:Host</c> set, the back office answers only on that host name
/// (elsewhere <c>/admin</c> is a 404), and that host serves only the back office, the theme's files and the media, so
/// that a script injected in a public page never runs in the origin that holds the back office's session cookie.
/// The security headers themselves are sent by Cms.Hosting's Security module.
/// </summary>
public sealed class AdminGateMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly string? _adminHost = configuration["Cms:Admin:Host"] is { Length: > 0 } host ? host.Trim() : null;

    private static readonly string[] AdminHostPaths = [AdminRoutes.Root, "/themes", "/media"];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var isAdmin = path.StartsWithSegments(AdminRoutes.Root, StringComparison.OrdinalIgnoreCase);
        if (_adminHost is not null)
        {
            var onAdminHost = string.Equals(context.Request.Host.Host, _adminHost, StringComparison.OrdinalIgnoreCase);
            if (onAdminHost != isAdmin && !(onAdminHost && AdminHostPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        if (!isAdmin)
        {
            await next(context);
            return;
        }
        var open = path.StartsWithSegments(AdminRoutes.Login, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(AdminRoutes.Assets, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(AdminRoutes.AccessDenied, StringComparison.OrdinalIgnoreCase);
        if (!open && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }
        context.Response.OnStarting(() =>
        {
            if (!path.StartsWithSegments(AdminRoutes.Assets, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.CacheControl = "no-store";
            }
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(context);
    }
}
