using System.Security.Cryptography;
using System.Text;

namespace Cms.Display.Themes;

/// <summary>
/// The active site theme: its folder, manifest and the URLs of its static files. DSFR files are served at
/// <c>/themes/{name}/{dsfrVersion}/…</c> and the theme's own assets (<c>wwwroot/assets</c>) at
/// <c>/themes/{name}/assets/{hash}/…</c>, the hash changing with their content: both are cached as immutable.
/// A theme may name a base theme (<c>"baseTheme": "Dsfr"</c> in <c>theme.json</c>, as Orchard Core's themes do): it then
/// inherits, below its own, the base's templates, assets, pages and DSFR files, and overrides any of them by name.
/// </summary>
public sealed class SiteTheme
{
    public SiteTheme(string directory, ThemeManifest manifest, SiteTheme? baseTheme = null)
    {
        Directory = directory;
        Manifest = manifest;
        Base = baseTheme;
        Name = manifest.Name;
        UrlName = manifest.Name.ToLowerInvariant();
        AssetsHash = HashAssets(AssetsDirectories);
        var pages = new Dictionary<string, ThemePage>(baseTheme?.Pages ?? new Dictionary<string, ThemePage>(), StringComparer.OrdinalIgnoreCase);
        foreach (var (path, page) in manifest.Pages) pages[path] = page;
        Pages = pages;
    }

    public string Name { get; }
    /// <summary>Lowercase name used in URLs.</summary>
    public string UrlName { get; }
    public string Directory { get; }
    public ThemeManifest Manifest { get; }
    /// <summary>The theme this one builds on (<c>baseTheme</c>), or null.</summary>
    public SiteTheme? Base { get; }
    /// <summary>The theme's pages (<c>pages</c> of <c>theme.json</c>), its base's included.</summary>
    public IReadOnlyDictionary<string, ThemePage> Pages { get; }
    public string ViewsDirectory => Path.Combine(Directory, "Views");
    /// <summary>Where templates are looked for: this theme's Views, then its base's.</summary>
    public IEnumerable<string> ViewsDirectories => Base is null ? [ViewsDirectory] : Base.ViewsDirectories.Prepend(ViewsDirectory);
    public string WebRoot => Path.Combine(Directory, "wwwroot");
    public string AssetsDirectory => Path.Combine(WebRoot, "assets");
    /// <summary>The theme's assets, then its base's: served together at <see cref="AssetsBaseUrl"/>, the first file found winning.</summary>
    public IReadOnlyList<string> AssetsDirectories =>
        (Base is null ? [AssetsDirectory] : Base.AssetsDirectories.Prepend(AssetsDirectory)).Where(System.IO.Directory.Exists).ToList();
    /// <summary>The DSFR files: the theme's own when it names a DSFR version, else its base's.</summary>
    public string DsfrDirectory => Manifest.DsfrVersion is null && Base is not null ? Base.DsfrDirectory : Path.Combine(WebRoot, "dsfr");
    /// <summary>The DSFR version of the theme, or of its base.</summary>
    public string? DsfrVersion => Manifest.DsfrVersion ?? Base?.DsfrVersion;
    public string AssetsHash { get; }

    /// <summary>Base URL of the DSFR dist files, e.g. <c>/themes/dsfr/1.15.3</c>.</summary>
    public string DsfrBaseUrl => $"/themes/{UrlName}/{DsfrVersion ?? "dsfr"}";
    public string AssetsBaseUrl => $"/themes/{UrlName}/assets/{AssetsHash}";

    /// <summary>True when the build copied the DSFR files (npm ci ran).</summary>
    public bool HasDsfrFiles => DsfrVersion is { } v && File.Exists(Path.Combine(DsfrDirectory, v, "dsfr.min.css"));

    /// <summary>Finds <c>themes/</c> (configured, or walking up from <paramref name="contentRoot"/>) and loads the theme.</summary>
    public static SiteTheme Load(SiteThemeOptions options, string contentRoot)
    {
        var themes = options.ThemesPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : FindThemesFolder(contentRoot)
              ?? throw new InvalidOperationException($"No 'themes' folder found in {contentRoot} or above it; set Cms:ThemesPath.");
        return Load(themes, options.SiteTheme, []);
    }

    private static SiteTheme Load(string themes, string name, List<string> derived)
    {
        var directory = Path.Combine(themes, name);
        var manifestPath = Path.Combine(directory, "theme.json");
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException(derived.Count == 0
                ? $"Site theme '{name}' not found: {manifestPath} does not exist (Cms:SiteTheme, Cms:ThemesPath)."
                : $"Base theme '{name}' of theme '{derived[^1]}' not found: {manifestPath} does not exist.");
        }
        var manifest = ThemeManifest.Load(manifestPath);
        if (manifest.BaseTheme is not { Length: > 0 } baseName) return new SiteTheme(directory, manifest);
        derived.Add(name);
        if (derived.Contains(baseName, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{manifestPath}: base themes form a cycle ({string.Join(" → ", derived)} → {baseName}).");
        }
        return new SiteTheme(directory, manifest, Load(themes, baseName, derived));
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

    private static string HashAssets(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0) return "0";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in folders)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/')));
                sha.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
