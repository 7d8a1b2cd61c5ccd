using Cms.Abstractions.Clustering;
using Cms.Abstractions.Settings;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Handlers;

/// <summary>
/// Every page shows the site settings (site name, navigation, footer): once a settings change is committed, here or
/// on another node, every cached page is evicted, so the next request renders with the new settings. The same when
/// the change bus reconnects (its missed messages may have changed anything).
/// </summary>
public sealed class SiteSettingsEvictionHandler(IOutputCacheStore store) : ISiteSettingsHandler, IClusterCacheHandler
{
    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken) => EvictAllAsync();

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken) =>
        change.Concerns(ClusterChangeKind.Settings) ? EvictAllAsync() : Task.CompletedTask;

    // Not cancellable: the change is committed, leaving pages cached would serve them stale.
    private Task EvictAllAsync() => store.EvictByTagAsync(CacheTags.AnyPage, CancellationToken.None).AsTask();
}
