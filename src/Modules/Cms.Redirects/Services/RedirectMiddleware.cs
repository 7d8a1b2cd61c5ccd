using Cms.Abstractions.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Redirects.Services;

/// <summary>
/// Answers <c>301</c> for an old address (query string kept), before any page is looked up; and for the Jekyll
/// site's media URLs <c>/uploads/…</c>, to the same file under <c>/media/uploads/…</c> when the store has it.
/// An address with a trailing slash answers 301 to the same without it. GET and HEAD only; never under <c>/admin</c>
/// or <c>/media</c>.
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next, RedirectTable table)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase)
            && request.Path.Value is { Length: > 1 } raw)
        {
            var path = raw.TrimEnd('/');
            var target = path.Length == 0 ? null : await table.FindAsync(path, http.RequestAborted);
            if (target is null && path.StartsWith("/uploads/", StringComparison.OrdinalIgnoreCase))
            {
                var store = http.RequestServices.GetService<IMediaStore>();
                var storePath = path.TrimStart('/');
                if (store is not null && await store.ExistsAsync(storePath, http.RequestAborted))
                {
                    target = "/media/" + string.Join('/', storePath.Split('/').Select(Uri.EscapeDataString));
                }
            }
            // The site's addresses have no trailing slash (Jekyll's had one): one canonical address per page.
            if (target is null && raw.EndsWith('/') && path.Length > 0) target = path;
            if (target is not null)
            {
                var location = target.StartsWith('/') ? Encode(target) + request.QueryString : target;
                http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                http.Response.Headers.Location = location;
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return;
            }
        }
        await next(http);
    }

    /// <summary>A decoded site path as a URL path (each segment escaped; already-escaped media paths kept).</summary>
    private static string Encode(string path) =>
        path.StartsWith("/media/", StringComparison.Ordinal) ? path : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
