using System.Collections.Concurrent;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;

namespace Cms.Alias.Services;

/// <summary>
/// The alias index kept in memory: alias key → item id, for latest and published versions. Built from the store on
/// first use and forgotten after every committed content change (here or, through the change bus, on another node).
/// A build that started before a change is not kept.
/// </summary>
public sealed class AliasTable
{
    private long _generation;
    private volatile Snapshot? _snapshot;

    public sealed record Snapshot(IReadOnlyDictionary<string, string> Latest, IReadOnlyDictionary<string, string> Published);

    public long Generation => Interlocked.Read(ref _generation);

    public Snapshot? Current => _snapshot;

    public void Store(Snapshot snapshot, long generation)
    {
        if (Generation == generation) _snapshot = snapshot;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }
}

/// <summary>Forgets the alias table after a committed change (registered first, before the output cache's eviction).</summary>
public sealed class AliasTableHandler(AliasTable table) : IContentHandler, IClusterCacheHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        table.Invalidate();
        return Task.CompletedTask;
    }

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.Concerns(ClusterChangeKind.Content)) table.Invalidate();
        return Task.CompletedTask;
    }
}
