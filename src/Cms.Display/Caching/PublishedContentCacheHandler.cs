using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;

namespace Cms.Display.Caching;

/// <summary>Empties the <see cref="PublishedContentCache"/> after every committed change (publish, unpublish, save,
/// delete, restore, import), made here or, with several nodes, on another node: a changed event, and a theme or
/// partner whose title an event page shows, are read again.</summary>
public sealed class PublishedContentCacheHandler(PublishedContentCache cache) : IContentHandler, IClusterCacheHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.Concerns(ClusterChangeKind.Content)) cache.Invalidate();
        return Task.CompletedTask;
    }
}
