using Cms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Cms.Search.Named;

/// <summary>The analyzers a named index may name (Orchard's <c>AnalyzerName</c>): its standard one, and this site's French one.</summary>
public static class LuceneAnalyzers
{
    public const string Standard = "standardanalyzer";
    public const string French = "frenchanalyzer";
    public static readonly IReadOnlyList<string> Names = [Standard, French];

    public static bool Known(string? name) => Names.Contains(Normalize(name));

    public static Analyzer Create(string? name) => Normalize(name) == French
        ? FrenchSearchAnalyzer.Create()
        : new StandardAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>Orchard's recipes write <c>standardanalyzer</c> or <c>standard</c>.</summary>
    private static string Normalize(string? name)
    {
        var lower = (name ?? Standard).Trim().ToLowerInvariant();
        return lower.EndsWith("analyzer", StringComparison.Ordinal) ? lower : lower + "analyzer";
    }
}
