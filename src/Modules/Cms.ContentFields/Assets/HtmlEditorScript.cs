using Microsoft.AspNetCore.Http;

namespace Cms.ContentFields.Assets;

/// <summary>
/// The rich-text editor's script (<c>Assets/html-editor.js</c>, embedded), served at <see cref="Path"/> among the back
/// office's assets (open without sign-in, cached for a year: the URL carries the assembly's build id).
/// </summary>
public sealed class HtmlEditorScript
{
    public const string Path = "/admin/ressources/editeur-html.js";

    private readonly byte[] _bytes = Load();

    /// <summary>Changes with every build of this assembly.</summary>
    public string Url { get; } = $"{Path}?v={typeof(HtmlEditorScript).Assembly.ManifestModule.ModuleVersionId.ToString("n")[..12]}";

    public IResult Serve() => Results.Bytes(_bytes, "text/javascript; charset=utf-8");

    public static void SetCacheHeaders(HttpContext http) =>
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";

    private static byte[] Load()
    {
        var assembly = typeof(HtmlEditorScript).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Assets.html-editor.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
