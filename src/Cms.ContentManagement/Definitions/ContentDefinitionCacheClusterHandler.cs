using Cms.Abstractions.Clustering;

namespace Cms.ContentManagement.Definitions;

/// <summary>Empties the <see cref="ContentDefinitionCache"/> when another node changed the definitions (a migration
/// or recipe run there).</summary>
public sealed class ContentDefinitionCacheClusterHandler(ContentDefinitionCache cache) : IClusterCacheHandler
{
    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.Concerns(ClusterChangeKind.Definitions)) cache.Invalidate();
        return Task.CompletedTask;
    }
}
