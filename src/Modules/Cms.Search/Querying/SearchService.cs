using System.Globalization;
using System.Net;
using System.Text;
using Cms.Abstractions.Content;
using Cms.Abstractions.Search;
using Cms.Search.Analysis;
using Cms.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Cms.Search.Querying;

/// <summary>
/// Searches the index: every word must be found (in any searchable text, matches weighted by the definitions'
/// boosts); when nothing matches, close spellings (one or two letters apart) are searched and the spelling that
/// matched is suggested. Lucene syntax (quotes, <c>-mot</c>, <c>mot*</c>) is accepted; malformed syntax is searched as
/// plain words. While the index is first built, titles are searched in the database instead.
/// </summary>
public sealed class SearchService(SearchIndex index, IContentQuery contentQuery, TimeProvider clock) : IContentTextSearch
{
    private const int MaxFuzzyTerms = 8;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        request = request with
        {
            Page = Math.Max(1, request.Page),
            PageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize),
        };
        var text = request.BoundedText.Trim();
        if (index.State != SearchIndexState.Ready) return await FromDatabaseAsync(request, text, cancellationToken);
        if (text.Length == 0 && request.ContentType is null && request.Reference is null && request.Year is null && !request.UpcomingOnly)
        {
            return SearchResults.None(request, index.State);
        }
        return index.Search(searcher =>
        {
            var fields = BoostFields(searcher.IndexReader);
            var filter = Filter(request);
            var exact = text.Length == 0 ? new MatchAllDocsQuery() : Parse(text, fields);
            if (exact is null) return SearchResults.None(request, index.State);
            var results = Run(searcher, exact, filter, request, text, approximate: false);
            if (results.Total > 0 || text.Length == 0) return results;
            var fuzzy = Fuzzy(text, BoostFields(searcher.IndexReader, unstemmed: true));
            return fuzzy is null ? results : Run(searcher, fuzzy, filter, request, text, approximate: true);
        });
    }

    /// <summary>The back office's content list: the ids of the published items matching the words, exact or close.</summary>
    public Task<IReadOnlyList<string>?> MatchingItemIdsAsync(string text, int max, CancellationToken cancellationToken = default)
    {
        text = (text.Length > SearchRequest.MaxLength ? text[..SearchRequest.MaxLength] : text).Trim();
        if (index.State != SearchIndexState.Ready) return Task.FromResult<IReadOnlyList<string>?>(null);
        if (text.Length == 0 || max <= 0) return Task.FromResult<IReadOnlyList<string>?>([]);
        return Task.FromResult<IReadOnlyList<string>?>(index.Search(searcher =>
        {
            var exact = Parse(text, BoostFields(searcher.IndexReader));
            if (exact is null) return (IReadOnlyList<string>)[];
            var top = searcher.Search(exact, max);
            if (top.TotalHits == 0 && Fuzzy(text, BoostFields(searcher.IndexReader, unstemmed: true)) is { } fuzzy) top = searcher.Search(fuzzy, max);
            return top.ScoreDocs.Select(d => searcher.Doc(d.Doc, SearchFields.IdOnly).Get(SearchFields.Id)).ToList();
        }));
    }

    /// <summary>Up to <paramref name="count"/> items for the header's suggestions: every word, the last one as a prefix.</summary>
    public IReadOnlyList<SearchHit> Suggest(string text, int count = 6)
    {
        text = text.Length > SearchRequest.MaxLength ? text[..SearchRequest.MaxLength] : text;
        if (index.State != SearchIndexState.Ready || string.IsNullOrWhiteSpace(text)) return [];
        return index.Search(searcher =>
        {
            var fields = BoostFields(searcher.IndexReader);
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var query = new BooleanQuery();
            var head = string.Join(' ', words[..^1]);
            if (head.Length > 0 && Parse(QueryParserBase.Escape(head), fields) is { } parsed) query.Add(parsed, Occur.MUST);
            var last = new BooleanQuery();
            var prefix = Fold(words[^1]);
            foreach (var (field, boost) in BoostFields(searcher.IndexReader, unstemmed: true))
            {
                if (prefix.Length >= 2) last.Add(new PrefixQuery(new Term(field, prefix)) { Boost = boost }, Occur.SHOULD);
            }
            foreach (var (field, boost) in fields)
            {
                foreach (var (term, _, _) in FrenchSearchAnalyzer.Terms(index.Analyzer, field, words[^1]))
                {
                    last.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
                }
            }
            if (last.Clauses.Count == 0) return (IReadOnlyList<SearchHit>)[];
            query.Add(last, Occur.MUST);
            var top = searcher.Search(query, count);
            return top.ScoreDocs.Select(d => Hit(searcher.Doc(d.Doc, SearchFields.ForSuggestion), null, excerpt: false)).ToList();
        });
    }

    private SearchResults Run(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request, string text, bool approximate)
    {
        // Rewritten once (close spellings expand to the indexed words here), for the search and the highlighter.
        var rewritten = searcher.Rewrite(query);
        var top = searcher.Search(rewritten, filter, request.Page * request.PageSize);
        var highlighter = text.Length == 0 ? null : new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(rewritten));
        var hits = top.ScoreDocs.Skip((request.Page - 1) * request.PageSize)
            .Select(d => Hit(searcher.Doc(d.Doc, SearchFields.ForResult), highlighter, unstemmed: approximate))
            .ToList();
        string? suggestion = null;
        if (approximate && hits.Count > 0) suggestion = Suggestion(text, hits[0]);
        return new SearchResults(hits, top.TotalHits, request.Page, request.PageSize, approximate, suggestion, index.State);
    }

    /// <param name="unstemmed">The query's terms are unstemmed words (close spellings): the text is read the same way to highlight them.</param>
    /// <param name="excerpt">False: no excerpt (the header's suggestions show none, and do not load the text).</param>
    private SearchHit Hit(Document document, Highlighter? highlighter, bool unstemmed = false, bool excerpt = true)
    {
        var titleField = unstemmed ? FrenchSearchAnalyzer.UnstemmedPrefix + SearchFields.Title : SearchFields.Title;
        var textField = unstemmed ? FrenchSearchAnalyzer.UnstemmedPrefix + SearchFields.Text : SearchFields.Text;
        var title = document.Get(SearchFields.Title) ?? "";
        var text = document.Get(SearchFields.Text) ?? "";
        string titleHtml = WebUtility.HtmlEncode(title);
        string excerptHtml;
        if (highlighter is not null)
        {
            highlighter.TextFragmenter = new NullFragmenter();
            titleHtml = highlighter.GetBestFragment(index.Analyzer, titleField, title) ?? titleHtml;
            highlighter.TextFragmenter = new SimpleFragmenter(180);
            var fragments = highlighter.GetBestFragments(index.Analyzer, textField, text, 2);
            excerptHtml = fragments.Length > 0 ? string.Join(" … ", fragments.Select(f => f.Trim())) + " …" : Opening(text);
        }
        else
        {
            excerptHtml = excerpt ? Opening(text) : "";
        }
        return new SearchHit(
            document.Get(SearchFields.Id), document.Get(SearchFields.Type), document.Get(SearchFields.TypeLabel) ?? "",
            document.Get(SearchFields.Path) ?? "/", title, titleHtml, excerptHtml,
            Ticks(document, SearchFields.Start), Ticks(document, SearchFields.End));
    }

    private static string Opening(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return WebUtility.HtmlEncode(flat.Length <= 200 ? flat : flat[..200].TrimEnd() + " …");
    }

    private static DateTime? Ticks(Document document, string field) =>
        document.GetField(field)?.GetInt64Value() is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;

    /// <summary>The query as parsed (AND between words); malformed syntax is searched as plain words; null when no word is left (only stop words).</summary>
    private Query? Parse(string text, IReadOnlyDictionary<string, float> fields)
    {
        if (fields.Count == 0) return null;
        var parser = new MultiFieldQueryParser(FrenchSearchAnalyzer.Version, fields.Keys.ToArray(), index.Analyzer, fields.ToDictionary())
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        Query? query;
        try
        {
            query = parser.Parse(text);
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException)
        {
            query = parser.Parse(QueryParserBase.Escape(text));
        }
        return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
    }

    /// <summary>Each word (unstemmed) within one letter (two for words of nine letters or more) of an indexed word.</summary>
    private Query? Fuzzy(string text, IReadOnlyDictionary<string, float> fields)
    {
        var terms = FrenchSearchAnalyzer.Terms(index.Analyzer, SearchFields.UnstemmedBoostPrefix, text).Select(t => t.Term).Distinct().Take(MaxFuzzyTerms).ToList();
        if (terms.Count == 0 || fields.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var any = new BooleanQuery();
            foreach (var (field, boost) in fields)
            {
                any.Add(term.Length < 3
                    ? new TermQuery(new Term(field, term)) { Boost = boost }
                    : new FuzzyQuery(new Term(field, term), Edits(term)) { Boost = boost }, Occur.SHOULD);
            }
            query.Add(any, Occur.MUST);
        }
        return query;
    }

    private static int Edits(string term) => term.Length >= 9 ? 2 : 1;

    /// <summary>The visitor's words, each replaced by the word of the best result it was a misspelling of.</summary>
    private string? Suggestion(string text, SearchHit best)
    {
        var source = best.Title + "\n" + WebUtility.HtmlDecode(best.ExcerptHtml.Replace("<mark>", "").Replace("</mark>", ""));
        var candidates = FrenchSearchAnalyzer.Terms(index.Analyzer, SearchFields.UnstemmedBoostPrefix, source);
        var typed = FrenchSearchAnalyzer.Terms(index.Analyzer, SearchFields.UnstemmedBoostPrefix, text);
        if (typed.Count == 0) return null;
        var result = new StringBuilder();
        var position = 0;
        var changed = false;
        foreach (var (term, start, end) in typed)
        {
            var match = candidates
                .Select(c => (c, Distance: Levenshtein(term, c.Term)))
                .Where(x => x.Distance <= Edits(term))
                .OrderBy(x => x.Distance)
                .FirstOrDefault();
            result.Append(text, position, start - position);
            if (match.c.Term is not null && match.Distance > 0)
            {
                result.Append(source, match.c.Start, match.c.End - match.c.Start);
                changed = true;
            }
            else
            {
                result.Append(text, start, end - start);
            }
            position = end;
        }
        result.Append(text, position, text.Length - position);
        return changed ? result.ToString() : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }

    private Filter? Filter(SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (!string.IsNullOrEmpty(request.ContentType)) filters.Add(new TermQuery(new Term(SearchFields.Type, request.ContentType)), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Reference)) filters.Add(new TermQuery(new Term(SearchFields.Reference, request.Reference)), Occur.MUST);
        if (request.Year is { } year) filters.Add(NumericRangeQuery.NewInt32Range(SearchFields.Year, year, year, true, true), Occur.MUST);
        if (request.UpcomingOnly)
        {
            filters.Add(NumericRangeQuery.NewInt64Range(SearchFields.End, clock.GetUtcNow().UtcDateTime.Ticks, null, true, true), Occur.MUST);
        }
        return filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
    }

    /// <summary>The analyzed text fields of the index (<c>b_4</c>, <c>b_1</c>… or <c>u_b_4</c>… unstemmed) and the boost each name carries.</summary>
    private static Dictionary<string, float> BoostFields(IndexReader reader, bool unstemmed = false) =>
        MultiFields.GetIndexedFields(reader)
            .Select(f => (Field: f, Boost: SearchFields.BoostOf(f, unstemmed)))
            .Where(f => f.Boost is not null)
            .ToDictionary(f => f.Field, f => f.Boost!.Value, StringComparer.Ordinal);

    /// <summary>Lowercase, accents removed: how a typed prefix meets the indexed (folded) words.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>While the index is first built: titles containing the words, from the database.</summary>
    private async Task<SearchResults> FromDatabaseAsync(SearchRequest request, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0) return SearchResults.None(request, index.State);
        var page = await contentQuery.ListAsync(new ContentListQuery
        {
            ContentType = request.ContentType,
            Status = ContentStatus.Published,
            Text = text,
            Page = request.Page,
            PageSize = request.PageSize,
        }, cancellationToken);
        var hits = page.Items
            .Where(i => !string.IsNullOrEmpty(i.As<AutoroutePart>()?.Path))
            .Select(i => new SearchHit(i.ContentItemId, i.ContentType, i.ContentType, "/" + i.As<AutoroutePart>()!.Path!.Trim('/'),
                i.DisplayText ?? "", WebUtility.HtmlEncode(i.DisplayText ?? ""), "", null, null))
            .ToList();
        return new SearchResults(hits, page.Total, request.Page, request.PageSize, false, null, index.State);
    }
}
