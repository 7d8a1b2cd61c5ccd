using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Cms.Search.Analysis;

/// <summary>
/// French text as indexed and queried: words (StandardTokenizer), elisions removed (<c>l'</c>, <c>d'</c>, <c>qu'</c>…),
/// lowercase, French stop words removed, accents folded (<c>numerique</c> finds « numérique »), light stemming
/// (<c>communs</c> finds « commun »). The same chain is used on both sides, so what a visitor types meets what was
/// indexed. Fields named <c>u_…</c> get the same chain without stemming.
/// </summary>
public static class FrenchSearchAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Articles = new(Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    /// <summary>Fields whose name starts with this are analyzed without stemming (close spellings, prefixes).</summary>
    public const string UnstemmedPrefix = "u_";

    public static Analyzer Create() => Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(tokenizer, Articles);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        // The light stemmer also drops doubled letters (« accessibilité » → « acesibilit »): prefixes and close
        // spellings are matched on the unstemmed words instead.
        if (!field.StartsWith(UnstemmedPrefix, StringComparison.Ordinal)) stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }, Analyzer.PER_FIELD_REUSE_STRATEGY);

    /// <summary>The terms <paramref name="text"/> gives, in order, with where each came from in the text.</summary>
    public static List<(string Term, int Start, int End)> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }
}
