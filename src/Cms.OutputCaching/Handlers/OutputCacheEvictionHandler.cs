using Cms.Abstractions.Content;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Handlers;

/// <summary>
/// After a committed change (publish, unpublish, save, delete, restore, import), before the content manager's call
/// returns: evicts the pages showing the item, the pages listing its type, and the pages that did not say what they
/// show (feeds, calendars, sitemap). The next request renders from the store.
/// </summary>
public sealed class OutputCacheEvictionHandler(IOutputCacheStore store) : IContentHandler
{
    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        // Not cancellable: once the change is committed, leaving its pages cached would serve them stale.
        await store.EvictByTagAsync(CacheTags.Item(change.ContentItemId), CancellationToken.None);
        await store.EvictByTagAsync(CacheTags.Type(change.ContentType), CancellationToken.None);
        await store.EvictByTagAsync(CacheTags.AnyContent, CancellationToken.None);
    }
}
