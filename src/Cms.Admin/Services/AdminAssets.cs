using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Cms.Admin.Services;

/// <summary>
/// The back office's own scripts and style sheets, embedded in this assembly and served under
/// <c>/admin/ressources/</c> whatever the host (no static web assets manifest needed). URLs carry a version.
/// The set of files is read once, at start: a request for any other name is a 404 that keeps nothing in memory.
/// </summary>
public sealed class AdminAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    private const string ResourceFolder = ".Assets.";

    private readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> _files = LoadAll();

    /// <summary>Changes with every build of this assembly, so browsers may keep the files for a year.</summary>
    public string Version { get; } = typeof(AdminAssets).Assembly.ManifestModule.ModuleVersionId.ToString("n")[..12];

    /// <summary>The names of the files served, fixed at start.</summary>
    public IReadOnlyCollection<string> FileNames => _files.Keys;

    public string Url(string file) => $"{AdminRoutes.Assets}/{file}?v={Version}";

    public IResult Serve(string file) =>
        _files.TryGetValue(file, out var asset) ? new AssetResult(asset.Bytes, asset.ContentType) : Results.NotFound();

    private static FrozenDictionary<string, (byte[], string)> LoadAll()
    {
        var assembly = typeof(AdminAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var at = name.IndexOf(ResourceFolder, StringComparison.Ordinal);
            if (at < 0) continue;
            var file = name[(at + ResourceFolder.Length)..];
            if (!Types.TryGetValue(Path.GetExtension(file), out var contentType)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files[file] = (memory.ToArray(), contentType);
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
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
