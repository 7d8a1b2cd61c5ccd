using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Services;

/// <summary>
/// Where the DSFR style sheet is served: the back office reuses the site theme's copy (configured with
/// <c>Cms:Admin:DsfrCss</c>, e.g. <c>/themes/dsfr/1.15.3/dsfr.min.css</c>). Without it the back office still works
/// with its own style sheet.
/// </summary>
public sealed class DsfrAssets(IConfiguration configuration)
{
    public string? CssUrl { get; } = configuration["Cms:Admin:DsfrCss"];
}
