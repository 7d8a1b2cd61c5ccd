using System.Collections.Concurrent;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Definitions;
using Cms.Data.Configuration;
using Lucene.Net.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Search.Named;

/// <summary>
/// This node's named indexes (<see cref="LuceneIndexesDocument"/>), kept in step with the store: after each committed
/// change of an item of their types (<see cref="NamedIndexHandler"/> here, <see cref="NamedIndexClusterHandler"/> for the
/// changes of the other nodes), the item's published version — its latest one when the index says <c>IndexLatest</c> —
/// replaces its document. An index built for another definition (the step ran here or on another node) is rebuilt when
/// it is next used, and so is one that missed a change (a failure, a reconnection of the change bus); one whose store
/// changed while the node was down is rebuilt at start (<see cref="RefreshStaleAsync"/>). The definitions are read
/// once and kept until their document changes (here or on another node).
/// </summary>
public sealed class NamedIndexService(CmsDataOptions data, IServiceScopeFactory scopes, ILogger<NamedIndexService> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, NamedIndex> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _stale = new(StringComparer.OrdinalIgnoreCase);
    private volatile IReadOnlyDictionary<string, LuceneIndexDefinition>? _definitions;
    private int _definitionsVersion;

    public static string PathOf(CmsDataOptions data, string name) => Path.Combine(data.DataDirectory, "lucene", name);

    public async Task<IReadOnlyDictionary<string, LuceneIndexDefinition>> DefinitionsAsync(CancellationToken cancellationToken)
    {
        if (_definitions is { } known) return known;
        var version = Volatile.Read(ref _definitionsVersion);
        await using var scope = scopes.CreateAsyncScope();
        var read = (await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<LuceneIndexesDocument>(LuceneIndexesDocument.DocumentName, cancellationToken)).Indexes;
        // Kept only if no change was heard while reading (else the next use reads again).
        if (Volatile.Read(ref _definitionsVersion) == version) _definitions = read;
        return read;
    }

    /// <summary>The definitions document changed: read it again at next use.</summary>
    public void ForgetDefinitions()
    {
        Interlocked.Increment(ref _definitionsVersion);
        _definitions = null;
    }

    /// <summary>Changes may have been missed (the change bus reconnected): every index is rebuilt at its next use.</summary>
    public void MarkAllStale()
    {
        ForgetDefinitions();
        foreach (var name in _open.Keys) _stale[name] = true;
    }

    /// <summary>The index <paramref name="name"/> built for its current definition (built first if it is not), or null when none is defined.</summary>
    public async Task<NamedIndex?> CurrentAsync(string name, CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsAsync(cancellationToken);
        if (!definitions.TryGetValue(name, out var definition)) return null;
        return await CurrentAsync(name, definition, rebuildIfStale: false, cancellationToken);
    }

    private async Task<NamedIndex> CurrentAsync(string name, LuceneIndexDefinition definition, bool rebuildIfStale, CancellationToken cancellationToken)
    {
        var hash = definition.Hash();
        if (_open.TryGetValue(name, out var ready) && ready.Committed(NamedIndex.DefinitionKey) == hash && !rebuildIfStale && !_stale.ContainsKey(name)) return ready;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_open.TryGetValue(name, out var index) && index.Definition.Hash() != hash)
            {
                _open.TryRemove(name, out _);
                index.Dispose();
                index = null;
            }
            index ??= _open.GetOrAdd(name, n => new NamedIndex(n, PathOf(data, n), definition));
            if (index.Committed(NamedIndex.DefinitionKey) != hash || _stale.TryRemove(name, out _))
            {
                await RebuildLockedAsync(index, definition, cancellationToken);
            }
            else if (rebuildIfStale && index.Committed(NamedIndex.FingerprintKey) != await FingerprintAsync(definition, cancellationToken))
            {
                await RebuildLockedAsync(index, definition, cancellationToken);
            }
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Builds <paramref name="names"/> (every defined index when null) again from the store.</summary>
    public async Task<IReadOnlyList<string>> RebuildAsync(IReadOnlyCollection<string>? names, CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsAsync(cancellationToken);
        var rebuilt = new List<string>();
        foreach (var (name, definition) in definitions.Where(d => names is null || names.Contains(d.Key, StringComparer.OrdinalIgnoreCase)))
        {
            var index = await CurrentAsync(name, definition, rebuildIfStale: false, cancellationToken);
            await _gate.WaitAsync(cancellationToken);
            try
            {
                await RebuildLockedAsync(index, definition, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
            rebuilt.Add(name);
        }
        return rebuilt;
    }

    /// <summary>At start: each defined index built for another definition, or for another state of the store, is rebuilt.</summary>
    public async Task RefreshStaleAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, definition) in await DefinitionsAsync(cancellationToken))
        {
            try
            {
                await CurrentAsync(name, definition, rebuildIfStale: true, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Rebuilding the Lucene index {Index} failed.", name);
            }
        }
    }

    /// <summary>Puts the item's current version in every index of its type (or removes it).</summary>
    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsAsync(cancellationToken);
        var concerned = definitions.Where(d => d.Value.IndexedContentTypes.Contains(change.ContentType, StringComparer.Ordinal)).ToList();
        if (concerned.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var types = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().LoadAsync(cancellationToken);
        foreach (var (name, definition) in concerned)
        {
            try
            {
                var index = await CurrentAsync(name, definition, rebuildIfStale: false, cancellationToken);
                var item = await contents.GetAsync(change.ContentItemId, definition.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
                index.Put(change.ContentItemId, item is null || item.ContentType != change.ContentType ? null : OrchardDocumentBuilder.Build(item, types));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is committed: it is not failed for an index, which is rebuilt at its next use instead.
                _stale[name] = true;
                logger.LogError(e, "Indexing {ContentItemId} in the Lucene index {Index} failed; the index is rebuilt at its next use.", change.ContentItemId, name);
            }
        }
    }

    /// <summary>Commits the indexes changed since their last commit (the search's background service calls it every few seconds, and at stop).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!_open.Values.Any(i => i.Dirty)) return;
        var definitions = await DefinitionsAsync(cancellationToken);
        foreach (var index in _open.Values.Where(i => i.Dirty))
        {
            if (definitions.TryGetValue(index.Name, out var definition)) index.Commit(await FingerprintAsync(definition, cancellationToken));
        }
    }

    private async Task RebuildLockedAsync(NamedIndex index, LuceneIndexDefinition definition, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var fingerprint = await FingerprintAsync(definition, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var types = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().LoadAsync(cancellationToken);
        var documents = new List<Document>();
        foreach (var type in definition.IndexedContentTypes.Distinct(StringComparer.Ordinal))
        {
            await foreach (var item in query.ListAllAsync(new ContentListQuery
            {
                ContentType = type, Status = definition.IndexLatest ? ContentStatus.Latest : ContentStatus.Published, PageSize = 500, Sort = ContentSort.ModifiedAsc,
            }, cancellationToken))
            {
                documents.Add(OrchardDocumentBuilder.Build(item, types));
            }
        }
        index.Replace(documents, definition.Hash(), fingerprint);
        logger.LogInformation("Lucene index {Index} rebuilt: {Count} items in {Duration} ms.", index.Name, documents.Count, watch.ElapsedMilliseconds);
    }

    /// <summary>What the store holds for the index's types: count and last change of each.</summary>
    private async Task<string> FingerprintAsync(LuceneIndexDefinition definition, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var parts = new List<string>();
        foreach (var type in definition.IndexedContentTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var latest = await query.ListAsync(new ContentListQuery
            {
                ContentType = type, Status = definition.IndexLatest ? ContentStatus.Latest : ContentStatus.Published, Sort = ContentSort.ModifiedDesc, PageSize = 1,
            }, cancellationToken);
            parts.Add($"{type}:{latest.Total}:{latest.Items.FirstOrDefault()?.ModifiedUtc?.Ticks ?? 0}");
        }
        return string.Join("|", parts);
    }

    public void Dispose()
    {
        foreach (var index in _open.Values)
        {
            try
            {
                index.Dispose();
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Closing the Lucene index {Index} failed; it is rebuilt at next start if it was left stale.", index.Name);
            }
        }
        _open.Clear();
    }
}

/// <summary>Hears every committed change of this node for the named indexes.</summary>
public sealed class NamedIndexHandler(NamedIndexService service) : IContentHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) => service.ChangedAsync(change, cancellationToken);
}

/// <summary>The definitions document changed on this node: read again at next use.</summary>
public sealed class NamedIndexDocumentHandler(NamedIndexService service) : IDocumentChangeHandler
{
    public Task ChangedAsync(string documentName, CancellationToken cancellationToken)
    {
        if (documentName == LuceneIndexesDocument.DocumentName) service.ForgetDefinitions();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The changes of the other nodes (change bus): an item's change is indexed here too (each node keeps its own
/// indexes), a change of the definitions document is read again, and after a reconnection every index is rebuilt at
/// its next use (changes may have been missed).
/// </summary>
public sealed class NamedIndexClusterHandler(NamedIndexService service) : IClusterCacheHandler
{
    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        switch (change.Kind)
        {
            case ClusterChangeKind.Content when change.ContentItemId is { } id && change.ContentType is { } type:
                return service.ChangedAsync(new ContentChange(ContentChangeKind.Saved, id, type, null, null), cancellationToken);
            case ClusterChangeKind.Everything:
                service.MarkAllStale();
                break;
            case ClusterChangeKind.Document when change.ConcernsDocument(LuceneIndexesDocument.DocumentName):
                service.ForgetDefinitions();
                break;
        }
        return Task.CompletedTask;
    }
}
