using Cms.Abstractions.Data;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Settings;

namespace Cms.Clustering.ChangeBus;

/// <summary>Publishes every committed content change on the bus (after the local caches were evicted).</summary>
public sealed class ContentChangePublisher(RedisChangeBus bus) : IContentHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) =>
        bus.PublishAsync(ClusterChange.Content(change.ContentItemId, change.ContentType));
}

/// <summary>Publishes every committed change of the site settings on the bus.</summary>
public sealed class SettingsChangePublisher(RedisChangeBus bus) : ISiteSettingsHandler
{
    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken) => bus.PublishAsync(ClusterChange.Settings);
}

/// <summary>Publishes every committed change of the content definitions on the bus.</summary>
public sealed class DefinitionChangePublisher(RedisChangeBus bus) : IContentDefinitionHandler
{
    public Task ChangedAsync(CancellationToken cancellationToken) => bus.PublishAsync(ClusterChange.Definitions);
}

/// <summary>Publishes every committed change of a named document (templates, queries, media profiles…) on the bus.</summary>
public sealed class DocumentChangePublisher(RedisChangeBus bus) : IDocumentChangeHandler
{
    public Task ChangedAsync(string documentName, CancellationToken cancellationToken) => bus.PublishAsync(ClusterChange.Document(documentName));
}
