using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cms.OutputCaching.Middleware;

/// <summary>
/// Conditional requests for pages: a GET answered by an endpoint with a 200 HTML, XML, JSON or calendar body gets a
/// weak ETag (a hash of the body before compression, so one value for every coding) and <c>Cache-Control: no-cache</c>
/// (browsers revalidate, so a publish shows at once); a matching <c>If-None-Match</c> gets a 304 without a body.
/// Cached responses carry the same ETag and the output cache answers the 304 itself. A HEAD is rendered like a GET
/// (the server sends no body), so it gets the same ETag, <c>Cache-Control</c> and <c>Content-Length</c> as the GET.
/// </summary>
public sealed class PageETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || context.GetEndpoint() is null
            || context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new PooledBufferStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && HasPageBody(response) && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var hash = SHA256.HashData(buffer.Written);
            var etag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"", isWeak: true);
            response.Headers.ETag = etag.ToString();
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                response.Headers.CacheControl = "no-cache";
            }
            if (Matches(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentLength = null;
                return;
            }
        }
        // The whole body is known: its length too (a page written as it renders did not give one).
        if (buffer.Length > 0 && response.ContentLength is null && !response.HasStarted) response.ContentLength = buffer.Length;
        await original.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static bool HasPageBody(HttpResponse response)
    {
        var type = response.ContentType;
        if (string.IsNullOrEmpty(type)) return false;
        return type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
            || type.Contains("xml", StringComparison.OrdinalIgnoreCase)
            || type.Contains("json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates)) return false;
        return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
    }
}
