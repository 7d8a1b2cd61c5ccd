using Cms.Display.Themes;

namespace Cms.Admin.Services;

/// <summary>
/// The DSFR files of the active site theme (served by Cms.Display at its versioned path), reused by the back
/// office: style sheet, icons, favicon and script. When the theme's DSFR files are missing (npm not run), the
/// back office still works with its own style sheet.
/// </summary>
public sealed class DsfrAssets(SiteTheme theme)
{
    public bool Available { get; } = theme.HasDsfrFiles;
    public string BaseUrl { get; } = theme.DsfrBaseUrl;
    public string? CssUrl => Available ? BaseUrl + "/dsfr.min.css" : null;
    public string? IconsUrl => Available ? BaseUrl + "/utility/icons/icons.min.css" : null;
    public string? ModuleScriptUrl => Available ? BaseUrl + "/dsfr.module.min.js" : null;
}
