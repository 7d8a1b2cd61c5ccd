using Cms.Abstractions.Content;

namespace Cms.Search.Indexing;

/// <summary>
/// Hears every committed change of an item (publish, unpublish, save, delete, restore, import, recipes) on the same
/// path that evicts the caches, and updates this node's index; a change relayed from another node arrives the same way.
/// </summary>
public sealed class SearchIndexHandler(SearchIndexService service) : IContentHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) =>
        service.ReindexAsync([change.ContentItemId], cancellationToken);
}
