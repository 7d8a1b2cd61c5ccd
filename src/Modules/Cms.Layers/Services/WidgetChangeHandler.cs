using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Layers.Services;

/// <summary>
/// Once a change to a widget has committed (published, unpublished, saved, deleted…), here or on another node: the
/// widgets are read again, then every cached page is evicted (a widget of the « Always » layer is on every page, and a
/// page does not record which layers matched it). Content of other types does not concern the widgets.
/// </summary>
public sealed class WidgetChangeHandler(WidgetCatalog catalog, IContentDefinitionManager definitions, IServiceProvider services) : IContentHandler
{
    // Whether each type is a widget's, by the definitions' snapshot it was read from: a scope's write (an import's
    // batch of a hundred items) copies each type's definition once instead of once per change.
    private ContentDefinitionRecord? _snapshot;
    private readonly Dictionary<string, bool> _widgetTypes = new(StringComparer.Ordinal);

    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (!await IsWidgetAsync(change.ContentType)) return;
        await WidgetCacheHandler.ReloadAndEvictAsync(catalog, services.GetService<IOutputCacheStore>());
    }

    private async Task<bool> IsWidgetAsync(string contentType)
    {
        var snapshot = await definitions.GetSnapshotAsync(CancellationToken.None);
        if (!ReferenceEquals(snapshot, _snapshot))
        {
            _snapshot = snapshot;
            _widgetTypes.Clear();
        }
        if (_widgetTypes.TryGetValue(contentType, out var known)) return known;
        var type = await definitions.GetTypeDefinitionAsync(contentType, CancellationToken.None);
        var widget = type is null ? catalog.IsWidgetType(contentType) : WidgetCatalog.IsWidget(type);
        // A type without a definition is decided by the catalog, which changes with the widgets: never kept.
        if (type is not null) _widgetTypes[contentType] = widget;
        return widget;
    }
}

/// <summary>The same for the changes of other nodes (change bus): a widget, the layers, the definitions, or anything (reconnection).</summary>
public sealed class WidgetCacheHandler(WidgetCatalog catalog, IServiceProvider services) : IClusterCacheHandler
{
    public async Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        var concerned = change.Kind switch
        {
            ClusterChangeKind.Content => change.ContentType is { } type && catalog.IsWidgetType(type),
            ClusterChangeKind.Document => change.ConcernsDocument(LayersDocument.DocumentName),
            ClusterChangeKind.Definitions or ClusterChangeKind.Everything => true,
            _ => false,
        };
        if (concerned) await ReloadAndEvictAsync(catalog, services.GetService<IOutputCacheStore>());
    }

    /// <summary>Not cancellable: the change is committed, pages rendered with the old widgets must go.</summary>
    public static async Task ReloadAndEvictAsync(WidgetCatalog catalog, IOutputCacheStore? cache)
    {
        await catalog.LoadAsync(CancellationToken.None);
        if (cache is not null) await cache.EvictByTagAsync(CacheTags.AnyPage, CancellationToken.None);
    }
}
