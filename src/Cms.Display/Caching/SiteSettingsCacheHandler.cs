using Cms.Abstractions.Settings;

namespace Cms.Display.Caching;

/// <summary>
/// Empties the <see cref="SiteSettingsCache"/> once a settings change is committed. Registered first among the
/// settings handlers (<see cref="SiteSettingsCachingStartup"/>): the output cache evicts its pages after this, so a
/// page rendered after the eviction never reads the old settings from here.
/// </summary>
public sealed class SiteSettingsCacheHandler(SiteSettingsCache cache) : ISiteSettingsHandler
{
    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}
