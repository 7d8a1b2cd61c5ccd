using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Search.Indexing;

/// <summary>
/// Keeps <see cref="SearchIndex"/> in step with the store: one item (and the items referring to it, whose
/// document shows its title) after a committed change, or everything (<see cref="RebuildAsync"/>).
/// </summary>
public sealed class SearchIndexService(SearchIndex index, IServiceScopeFactory scopes, ILogger<SearchIndexService> logger)
{
    /// <summary>Changes when the document layout or the analysis changes, so that an older index is rebuilt.</summary>
    public const string SchemaVersion = "2";

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private int _rebuildWanted;

    /// <summary>Asks the background service for a whole rebuild at its next tick (changes may have been missed).</summary>
    public void RequestRebuild() => Volatile.Write(ref _rebuildWanted, 1);

    /// <summary>True once after <see cref="RequestRebuild"/>.</summary>
    public bool TakeRebuildRequest() => Interlocked.Exchange(ref _rebuildWanted, 0) == 1;

    /// <summary>Indexes the current published version of each item again (removes the item when it has none).</summary>
    public async Task ReindexAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var builder = scope.ServiceProvider.GetRequiredService<SearchDocumentBuilder>();
        var contentManager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var ids = new HashSet<string>(contentItemIds, StringComparer.Ordinal);
        foreach (var id in contentItemIds) ids.UnionWith(Referring(id));
        var published = (await contentManager.GetManyAsync(ids, VersionOptions.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        if (ids.Count == 1)
        {
            var id = ids.First();
            index.Put(id, published.TryGetValue(id, out var one) ? await builder.BuildAsync(one, cancellationToken) : null);
            return;
        }
        // Several items (a batch import's): the items they pick read at once, documents built here, analysed
        // together on every core.
        await builder.ReadPickedItemsAsync(published.Values, cancellationToken);
        var documents = new List<(string, Document?)>(ids.Count);
        foreach (var id in ids)
        {
            documents.Add((id, published.TryGetValue(id, out var item) ? await builder.BuildAsync(item, cancellationToken) : null));
        }
        index.PutMany(documents);
    }

    /// <summary>Builds the whole index again from the published items; searches use the previous index until it is done.</summary>
    /// <returns>The number of items indexed and how long it took.</returns>
    public async Task<(int Count, TimeSpan Duration)> RebuildAsync(CancellationToken cancellationToken)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            var fingerprint = await FingerprintAsync(cancellationToken);
            var count = 0;
            index.BeginRebuild();
            try
            {
                // Items are read and their documents built on this thread (one scope, one database connection);
                // Lucene's analysis of each document, most of the cost, runs on every core.
                var documents = Channel.CreateBounded<Document>(new BoundedChannelOptions(256) { SingleWriter = true });
                var analysers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
                {
                    try
                    {
                        await foreach (var document in documents.Reader.ReadAllAsync(cancellationToken)) index.AddRebuilt(document);
                    }
                    catch (Exception e)
                    {
                        documents.Writer.TryComplete(e); // the reader stops writing instead of waiting for room
                        throw;
                    }
                }, cancellationToken)).ToList();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var builder = scope.ServiceProvider.GetRequiredService<SearchDocumentBuilder>();
                    var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
                    await foreach (var item in query.ListAllAsync(new ContentListQuery { Status = ContentStatus.Published, PageSize = 500, Sort = ContentSort.ModifiedAsc }, cancellationToken))
                    {
                        if (await builder.BuildAsync(item, cancellationToken) is { } document)
                        {
                            await documents.Writer.WriteAsync(document, cancellationToken);
                            count++;
                        }
                    }
                    documents.Writer.Complete();
                }
                catch (Exception e)
                {
                    documents.Writer.TryComplete(e);
                    throw;
                }
                finally
                {
                    await Task.WhenAll(analysers).ContinueWith(_ => { }, TaskScheduler.Default); // every analyser stopped before the index moves on
                }
                await Task.WhenAll(analysers); // an analyser's failure fails the rebuild
            }
            catch
            {
                index.AbandonRebuild();
                throw;
            }
            var changed = index.EndRebuild();
            await ReindexAsync(changed, cancellationToken);
            index.CommitIfDirty(fingerprint, force: true);
            logger.LogInformation("Search index rebuilt: {Count} items in {Duration} ms.", count, watch.ElapsedMilliseconds);
            return (count, watch.Elapsed);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>
    /// What the index should have been built from: schema version, searchable definitions, number of published
    /// items and the last change. An index committed with another fingerprint is stale and rebuilt at start.
    /// </summary>
    public async Task<string> FingerprintAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var definitions = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().LoadAsync(cancellationToken);
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var latest = await query.ListAsync(new ContentListQuery { Status = ContentStatus.Published, Sort = ContentSort.ModifiedDesc, PageSize = 1 }, cancellationToken);
        var definitionsHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(definitions, DefinitionJson.Options))))[..16];
        var lastChange = latest.Items.FirstOrDefault()?.ModifiedUtc?.Ticks ?? 0;
        return $"{SchemaVersion}|{definitionsHash}|{latest.Total}|{lastChange}";
    }

    /// <summary>Ids of indexed items whose document names <paramref name="contentItemId"/> (picked themes, partners).</summary>
    /// <remarks>Reopens the searcher only when a document not seen yet names the item (an import does not reopen it per item).</remarks>
    private IEnumerable<string> Referring(string contentItemId) => index.Search(searcher =>
    {
        // Counted first: asked for n hits, Lucene fills a queue of min(n, documents in the index) entries up front,
        // and most items (an imported event) are referred to by none.
        var query = new TermQuery(new Term(SearchFields.Reference, contentItemId));
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        if (count.TotalHits == 0) return [];
        var hits = searcher.Search(query, count.TotalHits);
        return hits.ScoreDocs.Select(d => searcher.Doc(d.Doc, SearchFields.IdOnly).Get(SearchFields.Id)).ToList();
    }, refresh: index.HasUnseenReference(contentItemId));
}
