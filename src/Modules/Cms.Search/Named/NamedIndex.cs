using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Cms.Search.Named;

/// <summary>
/// One named index of this node, in its own Lucene directory (<c>{DataDirectory}/lucene/{name}</c>, as Orchard keeps
/// one folder per index): one writer, near-real-time searchers. Its commit data records the definition it was built for
/// (<see cref="LuceneIndexDefinition.Hash"/>) and what the store held then (<see cref="FingerprintKey"/>).
/// </summary>
public sealed class NamedIndex : IDisposable
{
    /// <summary>Changes when the document layout changes, so that an older index is rebuilt.</summary>
    public const string SchemaVersion = "1";
    public const string DefinitionKey = "definition";
    public const string FingerprintKey = "fingerprint";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _gate = new();
    private bool _dirty;
    private bool _unseen;

    public NamedIndex(string name, string path, LuceneIndexDefinition definition)
    {
        Name = name;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        if (IndexWriter.IsLocked(_directory))
        {
            _directory.Dispose();
            throw new InvalidOperationException($"The Lucene index {path} is in use by another process: stop it first.");
        }
        Definition = definition;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, LuceneAnalyzers.Create(definition.AnalyzerName))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    public string Name { get; }

    /// <summary>The definition this instance was opened with (its analyzer): another one needs a new instance.</summary>
    public LuceneIndexDefinition Definition { get; }

    public Lucene.Net.Analysis.Analyzer Analyzer => _writer.Analyzer;

    public string? Committed(string key) => _writer.CommitData is { } data && data.TryGetValue(key, out var value) ? value : null;

    public bool Dirty
    {
        get { lock (_gate) return _dirty; }
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        if (Volatile.Read(ref _unseen))
        {
            lock (_gate)
            {
                if (_unseen)
                {
                    _searchers.MaybeRefreshBlocking();
                    _unseen = false;
                }
            }
        }
        return Indexing.SearchIndex.Use(_searchers, search);
    }

    /// <summary>Adds or replaces an item's document, or removes it when <paramref name="document"/> is null.</summary>
    public void Put(string contentItemId, Document? document)
    {
        lock (_gate)
        {
            var id = new Term(OrchardFields.ContentItemId, contentItemId);
            if (document is null) _writer.DeleteDocuments(id);
            else _writer.UpdateDocument(id, document);
            _dirty = true;
            _unseen = true;
        }
    }

    /// <summary>Replaces everything with <paramref name="documents"/>, committed with what it was built for, and shown at once.</summary>
    public void Replace(IEnumerable<Document> documents, string definitionHash, string fingerprint)
    {
        lock (_gate)
        {
            _writer.DeleteAll();
            foreach (var document in documents) _writer.AddDocument(document);
            CommitLocked(definitionHash, fingerprint);
            _searchers.MaybeRefreshBlocking();
            _unseen = false;
        }
    }

    /// <summary>Commits pending changes with the store's <paramref name="fingerprint"/>.</summary>
    public void Commit(string fingerprint)
    {
        lock (_gate)
        {
            if (!_dirty) return;
            CommitLocked(Committed(DefinitionKey) ?? "", fingerprint);
        }
    }

    private void CommitLocked(string definitionHash, string fingerprint)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [DefinitionKey] = definitionHash, [FingerprintKey] = fingerprint });
        _writer.Commit();
        _dirty = false;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            // Changes not committed: kept under the previous fingerprint, so the next start sees the index as stale.
            if (_dirty) _writer.Commit();
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
    }
}
