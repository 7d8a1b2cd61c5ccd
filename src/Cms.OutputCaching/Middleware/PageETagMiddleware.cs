using System.Buffers.Text;
using System.IO.Hashing;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cms.OutputCaching.Middleware;

/// <summary>
/// Conditional requests for pages: a GET answered by an endpoint with a 200 HTML, XML, JSON or calendar body gets a
/// weak ETag (a 128-bit XXH3 hash of the body before compression, so one value for every coding: a weak validator
/// needs no cryptographic hash, only one that changes when the bytes do) and <c>Cache-Control: no-cache</c>
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
            var tag = Tag(buffer.Written);
            response.Headers.ETag = "W/" + tag;
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                response.Headers.CacheControl = "no-cache";
            }
            if (Matches(context.Request, tag))
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

    /// <summary>The opaque tag of <paramref name="body"/>, quoted: 22 base64url characters of its 128-bit hash.</summary>
    private static string Tag(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(body, hash);
        return "\"" + Base64Url.EncodeToString(hash) + "\"";
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

    /// <summary>Whether <c>If-None-Match</c> names the page's weak ETag (<paramref name="tag"/>, quoted) or any.</summary>
    private static bool Matches(HttpRequest request, string tag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates)) return false;
        var etag = new EntityTagHeaderValue(tag, isWeak: true);
        return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
    }
}
