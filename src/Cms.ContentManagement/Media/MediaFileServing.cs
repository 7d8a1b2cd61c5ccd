using Cms.Abstractions.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Cms.ContentManagement.Media;

/// <summary>
/// How <c>/media/…</c> is served: static files of the store with their registered content types only (no script
/// types), <c>X-Content-Type-Options: nosniff</c>, <c>Cache-Control: public, max-age</c> (<c>Cms:Media:CacheMaxAge</c>
/// seconds, default one day) with the ETag and Last-Modified of the static file middleware (304 on revalidation).
/// Types a browser would run as a document (HTML, XML, SVG) get a <c>Content-Security-Policy: sandbox</c> that
/// forbids scripts; HTML and XML are also sent as attachments, never displayed inline. A request whose path could
/// leave the store (dot segments, backslashes, encoded separators, control characters) is refused with 400.
/// </summary>
public static class MediaFileServing
{
    public const string CacheMaxAgeKey = "Cms:Media:CacheMaxAge";
    public const int DefaultCacheMaxAge = 86400;

    /// <summary>Sandboxed: no script, no plugin, no form, nothing loaded but inline styles and images of the file itself.</summary>
    public const string ActiveContentPolicy = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private static readonly string[] Attachments = ["text/html", "application/xhtml+xml", "text/xml", "application/xml"];
    private static readonly string[] Sandboxed = [.. Attachments, "image/svg+xml"];
    private static readonly string[] ScriptExtensions = [".js", ".mjs", ".wasm", ".jsx", ".ts", ".vbs", ".hta", ".swf", ".appcache", ".manifest", ".webmanifest"];

    /// <summary>
    /// Serves the registered media store: the local directory of a <see cref="FileSystemMediaStore"/> through the static
    /// file middleware, any other store streamed by <see cref="MediaStoreServing"/>.
    /// </summary>
    public static void UseMediaFiles(this IApplicationBuilder app, IConfiguration configuration)
    {
        var maxAge = configuration.GetValue(CacheMaxAgeKey, DefaultCacheMaxAge);
        if (maxAge < 0) throw new InvalidOperationException($"Configuration '{CacheMaxAgeKey}' = {maxAge}: the cache duration (seconds) cannot be negative.");
        var store = app.ApplicationServices.GetRequiredService<IMediaLibraryStore>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments(FileSystemMediaStore.RequestPath), branch => branch.Use(async (context, next) =>
        {
            if (!IsSafeRequest(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            await next(context);
        }));
        if (store is not FileSystemMediaStore files)
        {
            app.UseMediaStoreStreaming(maxAge);
            return;
        }
        Directory.CreateDirectory(files.Description);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(files.Description),
            RequestPath = FileSystemMediaStore.RequestPath,
            ContentTypeProvider = ContentTypes(),
            ServeUnknownFileTypes = false,
            OnPrepareResponse = file => PrepareResponse(file.Context, maxAge),
        });
    }

    /// <summary>The default extension map without the types a browser would execute as scripts.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var extension in ScriptExtensions) provider.Mappings.Remove(extension);
        return provider;
    }

    public static void PrepareResponse(HttpContext context, int maxAge)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = $"public, max-age={maxAge}";
        var type = (context.Response.ContentType ?? "").Split(';')[0].Trim();
        if (Sandboxed.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ActiveContentPolicy;
        }
        if (Attachments.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            var name = Path.GetFileName(context.Request.Path.Value ?? "media");
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = name }.ToString();
        }
    }

    /// <summary>False when the decoded path or the raw request target tries to leave the store or hide a separator.</summary>
    internal static bool IsSafeRequest(HttpContext context)
    {
        var decoded = context.Request.Path.Value ?? "";
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? decoded;
        var rawPath = raw.Split('?', 2)[0];
        if (rawPath.Contains('\\') || decoded.Contains('\\') || decoded.Contains(':') || decoded.Any(char.IsControl)) return false;
        // Encoded '.', '/', '\' or '%' in the raw target: a legitimate media URL never needs them.
        foreach (var encoded in new[] { "%2e", "%2f", "%5c", "%25", "%00" })
        {
            if (rawPath.Contains(encoded, StringComparison.OrdinalIgnoreCase)) return false;
        }
        var relative = decoded.Length > FileSystemMediaStore.RequestPath.Length ? decoded[(FileSystemMediaStore.RequestPath.Length + 1)..] : "";
        if (relative.StartsWith('/')) return false;
        return relative.Split('/').All(segment => segment is not ("." or ".."));
    }
}
