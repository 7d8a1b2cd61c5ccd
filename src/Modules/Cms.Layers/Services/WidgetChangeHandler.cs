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
    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(change.ContentType, CancellationToken.None);
        if (type is null ? !catalog.IsWidgetType(change.ContentType) : !WidgetCatalog.IsWidget(type)) return;
        await WidgetCacheHandler.ReloadAndEvictAsync(catalog, services.GetService<IOutputCacheStore>());
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
