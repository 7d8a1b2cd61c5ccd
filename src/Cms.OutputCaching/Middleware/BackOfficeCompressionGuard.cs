using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cms.OutputCaching.Middleware;

/// <summary>
/// Back-office pages carry secrets (antiforgery tokens) next to text an attacker may influence: over HTTPS they are
/// not compressed (BREACH). Public pages and assets are.
/// </summary>
public sealed class BackOfficeCompressionGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            && context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }
        return next(context);
    }
}
