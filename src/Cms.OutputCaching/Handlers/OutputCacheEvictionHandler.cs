using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Handlers;

/// <summary>
/// After a committed change (publish, unpublish, save, delete, restore, import), before the content manager's call
/// returns, or when another node's change arrives on the change bus: evicts the pages showing the item, the pages
/// listing its type, and the pages that did not say what they show (feeds, calendars, sitemap). The next request
/// renders from the store.
/// </summary>
public sealed class OutputCacheEvictionHandler(IOutputCacheStore store) : IContentHandler, IClusterCacheHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) =>
        EvictAsync(change.ContentItemId, change.ContentType);

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken) =>
        change is { Kind: ClusterChangeKind.Content, ContentItemId: { } id, ContentType: { } type } ? EvictAsync(id, type) : Task.CompletedTask;

    private async Task EvictAsync(string contentItemId, string contentType)
    {
        // Not cancellable: once the change is committed, leaving its pages cached would serve them stale.
        await store.EvictByTagAsync(CacheTags.Item(contentItemId), CancellationToken.None);
        await store.EvictByTagAsync(CacheTags.Type(contentType), CancellationToken.None);
        await store.EvictByTagAsync(CacheTags.AnyContent, CancellationToken.None);
    }
}
