using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Cms.Admin.Services;

/// <summary>
/// Every URL under <c>/admin</c> (pages that exist or not) sends an anonymous visitor to the sign-in page, except
/// the sign-in page itself and the back office's static assets. Back-office responses are never cached.
/// </summary>
public sealed class AdminGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments(AdminRoutes.Root, StringComparison.OrdinalIgnoreCase))
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
            context.Response.Headers.XContentTypeOptions = "nosniff";
            // The preview page lets the back office frame it (SAMEORIGIN, set by the page); nothing else is framed.
            if (!context.Response.Headers.ContainsKey("X-Frame-Options")) context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(context);
    }
}
