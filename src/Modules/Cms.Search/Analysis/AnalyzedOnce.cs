using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cms.Search.Analysis;

/// <summary>
/// One text indexed in two fields, stemmed and unstemmed (see <see cref="FrenchSearchAnalyzer"/>): its words are read
/// once, through the chain without stemming, and each field replays them, the stemmed one through the same stemmer.
/// The terms, positions and offsets are those that analysing the text twice gives, for about half the work (the
/// tokenizer and filters before the stemmer are most of an index rebuild). One instance per document and thread.
/// </summary>
public sealed class AnalyzedOnce(string text)
{
    private static readonly Analyzer Analyzer = FrenchSearchAnalyzer.Create();

    private List<(string Term, int Increment, int Start, int End)>? _tokens;
    private int _finalIncrement;
    private int _finalOffset;

    /// <summary>The words as the <c>u_…</c> fields are analysed (no stemming).</summary>
    public TokenStream Unstemmed() => new Replay(this);

    /// <summary>The words as the other fields are analysed (light French stemming).</summary>
    public TokenStream Stemmed() => new FrenchLightStemFilter(new Replay(this));

    private List<(string Term, int Increment, int Start, int End)> Tokens()
    {
        if (_tokens is not null) return _tokens;
        var tokens = new List<(string, int, int, int)>();
        using var stream = Analyzer.GetTokenStream(FrenchSearchAnalyzer.UnstemmedPrefix, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        _finalIncrement = increment.PositionIncrement;
        _finalOffset = offset.EndOffset;
        return _tokens = tokens;
    }

    private sealed class Replay : TokenStream
    {
        private readonly AnalyzedOnce _source;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public Replay(AnalyzedOnce source)
        {
            _source = source;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            var tokens = _source.Tokens();
            if (_next >= tokens.Count) return false;
            ClearAttributes();
            var (term, increment, start, end) = tokens[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            _offset.SetOffset(start, end);
            return true;
        }

        public override void End()
        {
            base.End();
            _source.Tokens();
            _increment.PositionIncrement = _source._finalIncrement;
            _offset.SetOffset(_source._finalOffset, _source._finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
