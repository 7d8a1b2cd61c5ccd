using Cms.Abstractions.Settings;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Handlers;

/// <summary>
/// Every page shows the site settings (site name, navigation, footer): once a settings change is committed, every
/// cached page is evicted, so the next request renders with the new settings.
/// </summary>
public sealed class SiteSettingsEvictionHandler(IOutputCacheStore store) : ISiteSettingsHandler
{
    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken) =>
        // Not cancellable: the change is committed, leaving pages cached would serve them stale.
        store.EvictByTagAsync(CacheTags.AnyPage, CancellationToken.None).AsTask();
}
