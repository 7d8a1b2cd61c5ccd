using Cms.Abstractions.Clustering;
using Cms.Abstractions.Data;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Handlers;

/// <summary>
/// The modules' named documents (stored templates, queries, media profiles, layers…) can change any page: once such a
/// change is committed, here or on another node, every cached page is evicted. The module's own cache of the document
/// forgets it first (its save callback here, its <see cref="IClusterCacheHandler"/> registered before this one there).
/// </summary>
public sealed class DocumentEvictionHandler(IOutputCacheStore store) : IDocumentChangeHandler, IClusterCacheHandler
{
    public Task ChangedAsync(string documentName, CancellationToken cancellationToken) => EvictAllAsync();

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken) =>
        change.Kind == ClusterChangeKind.Document ? EvictAllAsync() : Task.CompletedTask;

    // Not cancellable: the change is committed, leaving pages cached would serve them stale.
    private Task EvictAllAsync() => store.EvictByTagAsync(CacheTags.AnyPage, CancellationToken.None).AsTask();
}
