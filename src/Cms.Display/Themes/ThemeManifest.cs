using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Display.Themes;

/// <summary>A site theme's <c>theme.json</c>.</summary>
public sealed class ThemeManifest
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("displayName")] public string? DisplayName { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("version")] public string Version { get; set; } = "1.0.0";
    /// <summary>The theme this one builds on (a folder name under <c>themes/</c>): its templates, assets, pages and DSFR files are used below this theme's own.</summary>
    [JsonPropertyName("baseTheme")] public string? BaseTheme { get; set; }
    /// <summary>The @gouvfr/dsfr version whose files the build copies to <c>wwwroot/dsfr/{version}/</c>.</summary>
    [JsonPropertyName("dsfrVersion")] public string? DsfrVersion { get; set; }

    /// <summary>Pages the theme serves from templates at <c>/{path}</c> when no content item has that path (legal pages…).</summary>
    [JsonPropertyName("pages")] public Dictionary<string, ThemePage> Pages { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public static ThemeManifest Load(string path)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<ThemeManifest>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path}: the theme manifest is empty.");
            if (string.IsNullOrWhiteSpace(manifest.Name)) throw new InvalidOperationException($"{path}: the theme manifest needs a \"name\".");
            return manifest;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}: invalid theme manifest (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }
}

/// <summary>A page of the theme: its template and title.</summary>
public sealed class ThemePage
{
    [JsonPropertyName("template")] public string Template { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
}
