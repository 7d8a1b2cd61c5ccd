using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;

namespace Cms.Recipes.Environment;

/// <summary>The recipe parameter <c>SiteName</c>: the site's name from its settings.</summary>
public sealed class SiteRecipeEnvironment(ISiteSettingsStore settings) : IRecipeEnvironmentProvider
{
    public async Task PopulateAsync(IDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        environment["SiteName"] = (await settings.GetAsync(cancellationToken)).SiteName;
    }
}
