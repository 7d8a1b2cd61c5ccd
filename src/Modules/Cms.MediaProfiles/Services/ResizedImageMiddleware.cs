using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// Answers <c>GET /media/{path}?width=…&amp;token=…</c> with the resized image when the token is the site's signature
/// of these commands (one year, immutable: the URL changes with the source's version). Anything else (no token, a
/// changed number, a missing or refused source) goes on to the media files: the visitor gets the original.
/// </summary>
public sealed class ResizedImageMiddleware(RequestDelegate next, ResizedImages images)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments("/media", out var rest) && request.Query.TryGetValue("token", out var token)
            && rest.Value is { Length: > 1 } value
            && ResizeUrlFilters.StorePath(value.TrimStart('/')) is { } storePath
            && ResizeCommands.FromQuery(request.Query) is { } commands
            && await images.VerifyAsync(storePath, commands, token.ToString(), context.RequestAborted)
            && await images.GetAsync(storePath, commands, context.RequestAborted) is { } resized)
        {
            var headers = context.Response.GetTypedHeaders();
            context.Response.ContentType = resized.ContentType;
            context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers.LastModified = File.GetLastWriteTimeUtc(resized.File);
            context.Response.ContentLength = new FileInfo(resized.File).Length;
            if (HttpMethods.IsHead(request.Method)) return;
            await context.Response.SendFileAsync(resized.File, context.RequestAborted);
            return;
        }
        await next(context);
    }
}
