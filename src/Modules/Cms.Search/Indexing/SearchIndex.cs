using Cms.Data.Configuration;
using Cms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace Cms.Search.Indexing;

public enum SearchIndexState { Ready, Building, Empty }

/// <summary>
/// This node's Lucene index, in <c>{DataDirectory}/search</c> (each node keeps its own). One writer, near-real-time
/// searchers; commits are made by <see cref="SearchIndexService"/> a moment after changes, and when the host stops.
/// While a rebuild runs, searches keep the searcher taken before it began, so visitors never see a half-built index.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string FingerprintKey = "fingerprint";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ILogger<SearchIndex> _logger;
    private readonly object _gate = new();
    private HashSet<string>? _changedDuringRebuild;
    private bool _dirty;
    private bool _unseen;
    private readonly HashSet<string> _unseenReferences = new(StringComparer.Ordinal);

    public SearchIndex(CmsDataOptions data, ILogger<SearchIndex> logger)
    {
        _logger = logger;
        Analyzer = FrenchSearchAnalyzer.Create();
        var path = PathOf(data);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        if (IndexWriter.IsLocked(_directory))
        {
            // Native locks are released by the system when a process dies: a lock held means a live writer.
            throw new InvalidOperationException(
                $"The search index {path} is in use by another process (the site, or a 'reindex' command): stop it first, or run 'reindex', which asks the running site.");
        }
        // A rebuild of thousands of items flushes a segment per 64 MB of buffered documents rather than per 16 MB (the
        // default): fewer segments to write and merge. Changes between commits stay far below it.
        _writer = new IndexWriter(_directory, new IndexWriterConfig(FrenchSearchAnalyzer.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
        State = _writer.NumDocs == 0 ? SearchIndexState.Empty : SearchIndexState.Ready;
    }

    public Analyzer Analyzer { get; }

    /// <summary>Where this node's index lives.</summary>
    public static string PathOf(CmsDataOptions data) => Path.Combine(data.DataDirectory, "search");

    /// <summary>Whether another process (the running site) holds the index's writer.</summary>
    public static bool InUse(CmsDataOptions data)
    {
        var path = PathOf(data);
        if (!System.IO.Directory.Exists(path)) return false;
        using var directory = FSDirectory.Open(path);
        return IndexWriter.IsLocked(directory);
    }

    public SearchIndexState State { get; private set; }

    /// <summary>What the index was last committed for (see <see cref="SearchIndexService"/>), or null.</summary>
    public string? CommittedFingerprint =>
        _writer.CommitData is { } data && data.TryGetValue(FingerprintKey, out var value) ? value : null;

    public int DocumentCount => _writer.NumDocs;

    /// <summary>Changes not committed yet.</summary>
    public bool Dirty
    {
        get { lock (_gate) return _dirty; }
    }

    /// <summary>Runs <paramref name="search"/> on a current searcher (<paramref name="refresh"/> false: changes not
    /// seen by a search yet may be left out, for lookups that know they do not need them).</summary>
    public T Search<T>(Func<IndexSearcher, T> search, bool refresh = true)
    {
        if (refresh && Volatile.Read(ref _unseen))
        {
            lock (_gate)
            {
                // Changes become visible at the first search after them, not after each one: an import of thousands
                // of items reopens the searcher once, not once per item.
                if (_unseen && _changedDuringRebuild is null)
                {
                    _searchers.MaybeRefreshBlocking();
                    _unseen = false;
                    _unseenReferences.Clear();
                }
            }
        }
        return Use(_searchers, search);
    }

    /// <summary>Runs <paramref name="search"/> on a searcher of <paramref name="searchers"/>, released after.</summary>
    internal static T Use<T>(SearcherManager searchers, Func<IndexSearcher, T> search)
    {
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// <see cref="Put"/> for many items at once (distinct ids): their documents are analysed on every core, as the
    /// rebuild does (the writer is thread-safe), under the same lock as one <see cref="Put"/>, so a rebuild sees all of
    /// them or none. A batch import's items were analysed one by one on the import's single writer thread.
    /// </summary>
    public void PutMany(IReadOnlyList<(string ContentItemId, Document? Document)> documents)
    {
        lock (_gate)
        {
            try
            {
                Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, entry =>
                {
                    var id = new Term(SearchFields.Id, entry.ContentItemId);
                    if (entry.Document is null) _writer.DeleteDocuments(id);
                    else _writer.UpdateDocument(id, entry.Document);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            _dirty = true;
            _unseen = true;
            foreach (var (contentItemId, document) in documents)
            {
                _changedDuringRebuild?.Add(contentItemId);
                foreach (var reference in document?.GetValues(SearchFields.Reference) ?? []) _unseenReferences.Add(reference);
            }
        }
    }

    /// <summary>Adds or replaces an item's document, or removes it when <paramref name="document"/> is null.</summary>
    public void Put(string contentItemId, Document? document)
    {
        lock (_gate)
        {
            var id = new Term(SearchFields.Id, contentItemId);
            if (document is null) _writer.DeleteDocuments(id);
            else _writer.UpdateDocument(id, document);
            _dirty = true;
            _changedDuringRebuild?.Add(contentItemId);
            _unseen = true;
            foreach (var reference in document?.GetValues(SearchFields.Reference) ?? []) _unseenReferences.Add(reference);
        }
    }

    /// <summary>
    /// Adds a document read by the running rebuild (callable from several threads). Unlike <see cref="Put"/>, it does not count as a change made during
    /// the rebuild (those are indexed again at its end) and deletes nothing: the index was emptied, and an item that a
    /// change put in the meantime is indexed again, replacing every copy, by <see cref="EndRebuild"/>'s list.
    /// </summary>
    public void AddRebuilt(Document document)
    {
        lock (_gate)
        {
            if (_changedDuringRebuild is null) throw new InvalidOperationException("No rebuild of the search index is running.");
            _dirty = true;
        }
        _writer.AddDocument(document); // thread-safe: the rebuild analyses documents on several threads
    }

    /// <summary>Empties the index for a rebuild; searches keep the previous searcher until <see cref="EndRebuild"/>.</summary>
    public void BeginRebuild()
    {
        lock (_gate)
        {
            if (_changedDuringRebuild is not null) throw new InvalidOperationException("A rebuild of the search index is already running.");
            _changedDuringRebuild = new HashSet<string>(StringComparer.Ordinal);
            _writer.DeleteAll();
            if (State == SearchIndexState.Empty) State = SearchIndexState.Building;
        }
    }

    /// <summary>Ids changed while the rebuild ran (to index again), and makes the rebuilt index visible.</summary>
    public IReadOnlyCollection<string> EndRebuild()
    {
        lock (_gate)
        {
            var changed = _changedDuringRebuild ?? [];
            _changedDuringRebuild = null;
            _dirty = true;
            _searchers.MaybeRefreshBlocking();
            _unseen = false;
            _unseenReferences.Clear();
            State = SearchIndexState.Ready;
            return changed;
        }
    }

    /// <summary>A rebuild that failed: the partial index is shown, and committed as stale so the next start rebuilds it.</summary>
    public void AbandonRebuild()
    {
        lock (_gate)
        {
            _changedDuringRebuild = null;
            _writer.SetCommitData(new Dictionary<string, string> { [FingerprintKey] = "stale" });
            _writer.Commit();
            _dirty = false;
            _searchers.MaybeRefreshBlocking();
            State = SearchIndexState.Ready;
        }
    }

    /// <summary>Whether a document added or changed since the last search names <paramref name="contentItemId"/>.</summary>
    public bool HasUnseenReference(string contentItemId)
    {
        lock (_gate) return _unseenReferences.Contains(contentItemId);
    }

    public bool Rebuilding
    {
        get { lock (_gate) return _changedDuringRebuild is not null; }
    }

    /// <summary>Commits pending changes (none during a rebuild) with <paramref name="fingerprint"/>.</summary>
    public bool CommitIfDirty(string? fingerprint, bool force = false)
    {
        lock (_gate)
        {
            if ((!_dirty && !force) || _changedDuringRebuild is not null) return false;
            if (fingerprint is not null) _writer.SetCommitData(new Dictionary<string, string> { [FingerprintKey] = fingerprint });
            _writer.Commit();
            _dirty = false;
            return true;
        }
    }

    public void Dispose()
    {
        try
        {
            // Changes not committed yet (a command run without the background service): kept, under the previous
            // fingerprint, so the next start compares it with the store and rebuilds if needed.
            if (_dirty && _changedDuringRebuild is null) _writer.Commit();
            _searchers.Dispose();
            _writer.Dispose();
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Closing the search index failed; it is rebuilt at next start if it was left stale.");
        }
        _directory.Dispose();
    }
}
