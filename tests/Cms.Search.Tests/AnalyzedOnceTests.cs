using Cms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cms.Search.Tests;

/// <summary>A text read once for its stemmed and unstemmed fields gives what analysing it for each field gives.</summary>
public class AnalyzedOnceTests
{
    [Theory]
    [InlineData("L'accessibilité des démarches : un atelier d'1 h 30, le 18 octobre 2023 à Bordeaux, pour les communs.", true)]
    [InlineData("et le la", false)]
    [InlineData("", false)]
    public void Both_fields_get_the_terms_positions_and_offsets_of_their_own_analysis(string text, bool stemmed)
    {
        var analyzer = FrenchSearchAnalyzer.Create();
        var words = new AnalyzedOnce(text);
        Assert.Equal(Read(analyzer.GetTokenStream("b_1", text)), Read(words.Stemmed()));
        Assert.Equal(Read(analyzer.GetTokenStream(FrenchSearchAnalyzer.UnstemmedPrefix + "b_1", text)), Read(words.Unstemmed()));
        Assert.Equal(stemmed, !Read(words.Stemmed()).SequenceEqual(Read(words.Unstemmed()))); // read again, from the same words
    }

    private static List<string> Read(TokenStream stream)
    {
        using var disposing = stream;
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term}/{increment.PositionIncrement}/{offset.StartOffset}-{offset.EndOffset}");
        stream.End();
        tokens.Add($"end/{increment.PositionIncrement}/{offset.EndOffset}");
        return tokens;
    }
}
