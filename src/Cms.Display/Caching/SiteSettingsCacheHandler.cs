using Cms.Abstractions.Clustering;
using Cms.Abstractions.Settings;

namespace Cms.Display.Caching;

/// <summary>
/// Empties the <see cref="SiteSettingsCache"/> once a settings change is committed, here or, with several nodes, on
/// another node. Registered first among the settings handlers and the cluster handlers
/// (<see cref="SiteSettingsCachingStartup"/>): the output cache evicts its pages after this, so a page rendered after
/// the eviction never reads the old settings from here.
/// </summary>
public sealed class SiteSettingsCacheHandler(SiteSettingsCache cache) : ISiteSettingsHandler, IClusterCacheHandler
{
    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.Concerns(ClusterChangeKind.Settings)) cache.Invalidate();
        return Task.CompletedTask;
    }
}
