using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;

namespace Cms.Search.Indexing;

/// <summary>
/// Hears every committed change of an item made on this node (publish, unpublish, save, delete, restore, import,
/// recipes) on the same path that evicts the caches, and updates this node's index: the items of one write together
/// (a batch import's 200 are read back in one query, not one scope and query each).
/// Not in a command's process (<c>import</c>, <c>recipe</c>…): nothing commits the index there (the background
/// service never starts, and the process exits without closing it), and the next start rebuilds it anyway, since the
/// changes made its committed fingerprint stale; indexing them was work thrown away (about a third of an import
/// command's CPU). The <c>reindex</c> command rebuilds and commits without this handler.
/// </summary>
public sealed class SearchIndexHandler(SearchIndexService service, CommandRun? command = null) : IContentChangesHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) =>
        command is not null ? Task.CompletedTask : service.ReindexAsync([change.ContentItemId], cancellationToken);

    public Task ChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken) =>
        command is not null ? Task.CompletedTask : service.ReindexAsync(changes.Select(c => c.ContentItemId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
}

/// <summary>
/// The changes other nodes committed (change bus): each node holds its own index, so an item changed elsewhere is
/// indexed here again; when changes may have been missed (<see cref="ClusterChangeKind.Everything"/>, e.g. after the
/// bus reconnected) the whole index is rebuilt in the background, searches using the current one meanwhile.
/// </summary>
public sealed class SearchIndexClusterHandler(SearchIndexService service) : IClusterCacheHandler
{
    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        switch (change.Kind)
        {
            case ClusterChangeKind.Content when change.ContentItemId is { } id:
                return service.ReindexAsync([id], cancellationToken);
            case ClusterChangeKind.Everything:
                service.RequestRebuild();
                break;
        }
        return Task.CompletedTask;
    }
}
