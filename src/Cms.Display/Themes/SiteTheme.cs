using System.Security.Cryptography;
using System.Text;

namespace Cms.Display.Themes;

/// <summary>
/// The active site theme: its folder, manifest and the URLs of its static files. DSFR files are served at
/// <c>/themes/{name}/{dsfrVersion}/…</c> and the theme's own assets (<c>wwwroot/assets</c>) at
/// <c>/themes/{name}/assets/{hash}/…</c>, the hash changing with their content: both are cached as immutable.
/// </summary>
public sealed class SiteTheme
{
    public SiteTheme(string directory, ThemeManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
        Name = manifest.Name;
        UrlName = manifest.Name.ToLowerInvariant();
        AssetsHash = HashAssets(AssetsDirectory);
    }

    public string Name { get; }
    /// <summary>Lowercase name used in URLs.</summary>
    public string UrlName { get; }
    public string Directory { get; }
    public ThemeManifest Manifest { get; }
    public string ViewsDirectory => Path.Combine(Directory, "Views");
    public string WebRoot => Path.Combine(Directory, "wwwroot");
    public string AssetsDirectory => Path.Combine(WebRoot, "assets");
    public string DsfrDirectory => Path.Combine(WebRoot, "dsfr");
    public string AssetsHash { get; }

    /// <summary>Base URL of the DSFR dist files, e.g. <c>/themes/dsfr/1.15.3</c>.</summary>
    public string DsfrBaseUrl => $"/themes/{UrlName}/{Manifest.DsfrVersion ?? "dsfr"}";
    public string AssetsBaseUrl => $"/themes/{UrlName}/assets/{AssetsHash}";

    /// <summary>True when the build copied the DSFR files (npm ci ran).</summary>
    public bool HasDsfrFiles => Manifest.DsfrVersion is { } v && File.Exists(Path.Combine(DsfrDirectory, v, "dsfr.min.css"));

    /// <summary>Finds <c>themes/</c> (configured, or walking up from <paramref name="contentRoot"/>) and loads the theme.</summary>
    public static SiteTheme Load(SiteThemeOptions options, string contentRoot)
    {
        var themes = options.ThemesPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : FindThemesFolder(contentRoot)
              ?? throw new InvalidOperationException($"No 'themes' folder found in {contentRoot} or above it; set Cms:ThemesPath.");
        var directory = Path.Combine(themes, options.SiteTheme);
        var manifestPath = Path.Combine(directory, "theme.json");
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException($"Site theme '{options.SiteTheme}' not found: {manifestPath} does not exist (Cms:SiteTheme, Cms:ThemesPath).");
        }
        return new SiteTheme(directory, ThemeManifest.Load(manifestPath));
    }

    public static string? FindThemesFolder(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "themes");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string HashAssets(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return "0";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/')));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
