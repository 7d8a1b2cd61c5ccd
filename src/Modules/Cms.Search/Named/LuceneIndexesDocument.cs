using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cms.Search.Named;

/// <summary>
/// Orchard's named Lucene indexes (its <c>lucene-index</c> step), stored as a settings document: each index holds the
/// items of its types, as Orchard's documents with Orchard's field names, for the Lucene queries.
/// </summary>
public sealed class LuceneIndexesDocument
{
    public const string DocumentName = "LuceneIndexes";

    public Dictionary<string, LuceneIndexDefinition> Indexes { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Orchard's <c>LuceneIndexSettings</c>: the analyzer, the types, and whether the latest version (drafts) is indexed instead of the published one.</summary>
public sealed class LuceneIndexDefinition
{
    public string AnalyzerName { get; set; } = LuceneAnalyzers.Standard;
    public bool IndexLatest { get; set; }
    public List<string> IndexedContentTypes { get; set; } = [];
    public string Culture { get; set; } = "any";
    public bool StoreSourceData { get; set; } = true;

    /// <summary>Changes with the definition or the document layout: an index built for another one is rebuilt.</summary>
    public string Hash() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        NamedIndex.SchemaVersion + JsonSerializer.Serialize(this))))[..16];
}
