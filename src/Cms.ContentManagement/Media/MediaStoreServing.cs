using Cms.Abstractions.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Cms.ContentManagement.Media;

/// <summary>
/// <c>/media/…</c> streamed from a media store that is not a local directory (an object store): the same content
/// types, <c>nosniff</c>, cache and sandbox headers as <see cref="MediaFileServing"/>, an ETag made of the file's size
/// and date and its Last-Modified, 304 on revalidation, HEAD without a body. The bytes go through the node (no
/// redirect to the store): the store stays private and every response keeps the site's headers. Range requests are
/// answered with the whole file.
/// </summary>
internal static class MediaStoreServing
{
    public static void UseMediaStoreStreaming(this IApplicationBuilder app, int maxAge)
    {
        var contentTypes = MediaFileServing.ContentTypes();
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(MediaStorePath.RequestPath, out var remaining) ||
                !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                await next(context);
                return;
            }
            var path = (remaining.Value ?? "").TrimStart('/');
            if (path.Length == 0 || !contentTypes.TryGetContentType(path, out var contentType))
            {
                await next(context);
                return;
            }
            var store = context.RequestServices.GetRequiredService<IMediaLibraryStore>();
            var entry = await store.GetEntryAsync(path, context.RequestAborted);
            if (entry is null || entry.IsFolder)
            {
                await next(context);
                return;
            }
            await ServeAsync(context, store, entry, contentType, maxAge);
        });
    }

    private static async Task ServeAsync(HttpContext context, IMediaStore store, MediaEntry entry, string contentType, int maxAge)
    {
        var response = context.Response;
        var lastModified = new DateTimeOffset(entry.LastModifiedUtc.Ticks - entry.LastModifiedUtc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var etag = new EntityTagHeaderValue($"\"{entry.Length:x}-{lastModified.UtcTicks:x}\"");
        response.ContentType = contentType;
        MediaFileServing.PrepareResponse(context, maxAge);
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;

        if (IsNotModified(context.Request.GetTypedHeaders(), etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentType = null;
            return;
        }
        response.ContentLength = entry.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await using var content = await store.OpenReadAsync(entry.Path, context.RequestAborted);
        if (content is null)
        {
            // Deleted between the description and the read.
            response.Headers.Clear();
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await content.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }
        return request.IfModifiedSince is { } since && since >= lastModified;
    }
}
