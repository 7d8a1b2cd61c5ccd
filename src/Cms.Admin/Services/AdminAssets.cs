using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Cms.Admin.Services;

/// <summary>
/// The back office's own script and style sheet, embedded in this assembly and served under
/// <c>/admin/ressources/</c> whatever the host (no static web assets manifest needed). URLs carry a version.
/// </summary>
public sealed class AdminAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    private readonly ConcurrentDictionary<string, byte[]?> _cache = new(StringComparer.Ordinal);

    /// <summary>Changes with every build of this assembly, so browsers may keep the files for a year.</summary>
    public string Version { get; } = typeof(AdminAssets).Assembly.ManifestModule.ModuleVersionId.ToString("n")[..12];

    public string Url(string file) => $"{AdminRoutes.Assets}/{file}?v={Version}";

    public IResult Serve(string file)
    {
        var extension = Path.GetExtension(file);
        if (!Types.TryGetValue(extension, out var contentType)) return Results.NotFound();
        var bytes = _cache.GetOrAdd(file, Load);
        if (bytes is null) return Results.NotFound();
        return new AssetResult(bytes, contentType);
    }

    private static byte[]? Load(string file)
    {
        var assembly = typeof(AdminAssets).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Assets." + file, StringComparison.Ordinal));
        if (name is null) return null;
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private sealed class AssetResult(byte[] bytes, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = contentType;
            httpContext.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return httpContext.Response.Body.WriteAsync(bytes).AsTask();
        }
    }
}
