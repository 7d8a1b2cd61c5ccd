namespace Cms.Display.Themes;

/// <summary>Configuration: <c>Cms:SiteTheme</c> (default <c>Dsfr</c>) and <c>Cms:ThemesPath</c> (default: the
/// <c>themes/</c> folder found by walking up from the content root).</summary>
public sealed class SiteThemeOptions
{
    public string SiteTheme { get; set; } = "Dsfr";
    public string? ThemesPath { get; set; }
    /// <summary>Watch template files and drop cached templates when they change (on in Development).</summary>
    public bool WatchTemplates { get; set; }
}
