using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cms.Search.Named;

/// <summary>A query in Orchard's JSON DSL, parsed: what to search, the page (<c>from</c>, <c>size</c>) and the order.</summary>
public sealed record LuceneDslQuery(Query Query, int From, int Size, Sort? Sort);

/// <summary>A DSL text that cannot be read, with the French reason (what is wrong, and where).</summary>
public sealed class LuceneDslException(string message) : Exception(message);

/// <summary>
/// Orchard's Lucene query DSL (Elasticsearch's shape) to Lucene.Net queries: <c>{ "query": { … }, "from": 0,
/// "size": 10, "sort": { "Content.ContentItem.CreatedUtc": { "order": "desc" } } }</c> with the query types <c>term</c>,
/// <c>terms</c>, <c>match</c>, <c>match_phrase</c>, <c>match_all</c>, <c>bool</c> (<c>must</c>, <c>should</c>,
/// <c>must_not</c>, <c>filter</c>), <c>range</c>, <c>prefix</c>, <c>wildcard</c>, <c>fuzzy</c>, <c>query_string</c>
/// and <c>simple_query_string</c>. Dates are compared as Orchard writes them (<c>yyyyMMddHHmmss</c>); a range or term
/// may give them as ISO dates (<c>2020-01-31</c>, <c>2020-01-31T12:00:00Z</c>), turned into that form. Numeric fields
/// (given by the index) are sorted and ranged as numbers, every other field as text, whatever the <c>type</c> a sort
/// names (Orchard's own queries sort dates with <c>"type": "double"</c>).
/// </summary>
public static partial class LuceneQueryDsl
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;
    public static readonly IReadOnlyList<string> QueryTypes =
        ["bool", "fuzzy", "match", "match_all", "match_phrase", "prefix", "query_string", "range", "simple_query_string", "term", "terms", "wildcard"];

    public static LuceneDslQuery Parse(string json, Analyzer analyzer, IReadOnlySet<string>? numericFields = null)
    {
        var numeric = numericFields ?? new HashSet<string>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new LuceneDslException($"JSON illisible ligne {(e.LineNumber ?? 0) + 1}, colonne {(e.BytePositionInLine ?? 0) + 1} du texte produit par le modèle ({FirstSentence(e.Message)}).");
        }
        if (root is not JsonObject body) throw new LuceneDslException("un objet JSON est attendu, par exemple { \"query\": { \"match_all\": {} } }.");
        foreach (var (name, _) in body)
        {
            if (name is not ("query" or "from" or "size" or "sort")) throw new LuceneDslException($"propriété « {name} » inconnue au premier niveau (connues : query, from, size, sort).");
        }
        var query = body["query"] is { } node ? Create(Object(node, "query"), new Context(analyzer, numeric), "query") : new MatchAllDocsQuery();
        var from = Integer(body["from"], "from", 0);
        var size = Integer(body["size"], "size", DefaultSize);
        if (from < 0 || size < 0 || size > MaxSize) throw new LuceneDslException($"« from » et « size » : des entiers positifs, « size » au plus {MaxSize}.");
        return new LuceneDslQuery(query, from, size, Sort(body["sort"], numeric));
    }

    private sealed record Context(Analyzer Analyzer, IReadOnlySet<string> Numeric);

    private static Query Create(JsonObject query, Context context, string path)
    {
        if (query.Count != 1) throw new LuceneDslException($"{path} : un seul type de requête attendu par objet, par exemple {{ \"term\": {{ … }} }}.");
        var (type, node) = query.First();
        var where = $"{path}.{type}";
        return type switch
        {
            "match_all" => Boosted(new MatchAllDocsQuery(), node as JsonObject),
            "term" => Field(node, where, (field, value, options) => Boosted(new TermQuery(new Term(field, Term(value, where))), options)),
            "terms" => Terms(Object(node, where), where),
            "match" => Field(node, where, (field, value, options) => Match(field, Term(value, where), context.Analyzer, options)),
            "match_phrase" => Field(node, where, (field, value, options) => Phrase(field, Term(value, where), context.Analyzer, options)),
            "prefix" => Field(node, where, (field, value, options) => Boosted(new PrefixQuery(new Term(field, Term(value, where))), options)),
            "wildcard" => Field(node, where, (field, value, options) => Boosted(new WildcardQuery(new Term(field, Term(value, where))), options)),
            "fuzzy" => Field(node, where, (field, value, options) => Boosted(new FuzzyQuery(new Term(field, Term(value, where)),
                Integer(options?["fuzziness"], where + ".fuzziness", FuzzyQuery.DefaultMaxEdits), Integer(options?["prefix_length"], where + ".prefix_length", 0)), options)),
            "range" => Range(Object(node, where), context.Numeric, where),
            "bool" => Bool(Object(node, where), context, where),
            "query_string" => QueryString(Object(node, where), context.Analyzer, where),
            "simple_query_string" => SimpleQueryString(Object(node, where), context.Analyzer, where),
            _ => throw new LuceneDslException($"{path} : type de requête « {type} » inconnu (connus : {string.Join(", ", QueryTypes)})."),
        };
    }

    /// <summary><c>{ "field": "value" }</c> or <c>{ "field": { "value"|"query": "…", "boost": 2, … } }</c>.</summary>
    private static Query Field(JsonNode? node, string where, Func<string, JsonNode?, JsonObject?, Query> create)
    {
        var body = Object(node, where);
        if (body.Count != 1) throw new LuceneDslException($"{where} : un seul champ attendu, par exemple {{ \"Content.ContentItem.ContentType\": \"BlogPost\" }}.");
        var (field, value) = body.First();
        if (value is JsonObject options) return create(field, options["value"] ?? options["query"], options);
        return create(field, value, null);
    }

    private static Query Terms(JsonObject body, string where)
    {
        var field = body.FirstOrDefault(p => p.Key != "boost");
        if (field.Value is not JsonArray values) throw new LuceneDslException($"{where} : une liste de valeurs attendue, par exemple {{ \"Content.ContentItem.ContentType\": [\"BlogPost\", \"Article\"] }}.");
        var query = new BooleanQuery();
        foreach (var value in values) query.Add(new TermQuery(new Term(field.Key, Term(value, where))), Occur.SHOULD);
        return Boosted(query, body);
    }

    private static Query Match(string field, string text, Analyzer analyzer, JsonObject? options)
    {
        var words = Analyze(analyzer, field, text);
        var all = string.Equals(options?["operator"]?.GetValue<string>(), "and", StringComparison.OrdinalIgnoreCase);
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(new TermQuery(new Term(field, word)), all ? Occur.MUST : Occur.SHOULD);
        return Boosted(query, options);
    }

    private static Query Phrase(string field, string text, Analyzer analyzer, JsonObject? options)
    {
        var query = new PhraseQuery { Slop = Integer(options?["slop"], "match_phrase.slop", 0) };
        foreach (var word in Analyze(analyzer, field, text)) query.Add(new Term(field, word));
        return Boosted(query, options);
    }

    private static Query Range(JsonObject body, IReadOnlySet<string> numeric, string where)
    {
        var field = body.FirstOrDefault();
        if (body.Count != 1 || field.Value is not JsonObject bounds) throw new LuceneDslException($"{where} : un champ et ses bornes attendus, par exemple {{ \"Content.ContentItem.CreatedUtc\": {{ \"gte\": \"2020-01-01\" }} }}.");
        JsonNode? lower = null, upper = null;
        bool includeLower = false, includeUpper = false;
        foreach (var (name, value) in bounds)
        {
            switch (name)
            {
                case "gt": lower = value; break;
                case "gte": lower = value; includeLower = true; break;
                case "lt": upper = value; break;
                case "lte": upper = value; includeUpper = true; break;
                case "boost": break;
                default: throw new LuceneDslException($"{where}.{field.Key} : borne « {name} » inconnue (connues : gt, gte, lt, lte).");
            }
        }
        if (lower is null && upper is null) throw new LuceneDslException($"{where}.{field.Key} : au moins une borne attendue (gt, gte, lt, lte).");
        Query query;
        if (numeric.Contains(field.Key))
        {
            var (low, high) = (Number(lower, where), Number(upper, where));
            query = NumericRangeQuery.NewDoubleRange(field.Key, low, high, includeLower, includeUpper);
        }
        else
        {
            query = TermRangeQuery.NewStringRange(field.Key, lower is null ? null : Term(lower, where), upper is null ? null : Term(upper, where), includeLower, includeUpper);
        }
        return Boosted(query, bounds);
    }

    private static Query Bool(JsonObject body, Context context, string where)
    {
        var query = new BooleanQuery();
        foreach (var (name, value) in body)
        {
            var occur = name switch
            {
                "must" or "filter" => Occur.MUST,
                "should" => Occur.SHOULD,
                "must_not" => Occur.MUST_NOT,
                "boost" or "minimum_should_match" => (Occur?)null,
                _ => throw new LuceneDslException($"{where} : clause « {name} » inconnue (connues : must, should, must_not, filter)."),
            };
            if (occur is null) continue;
            var clauses = value is JsonArray array ? array.ToList() : [value];
            foreach (var (clause, i) in clauses.Select((c, i) => (c, i)))
            {
                query.Add(Create(Object(clause, $"{where}.{name}[{i}]"), context, $"{where}.{name}"), occur.Value);
            }
        }
        if (body["minimum_should_match"] is { } minimum) query.MinimumNumberShouldMatch = Integer(minimum, where + ".minimum_should_match", 0);
        if (query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.MUST_NOT)) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return Boosted(query, body);
    }

    private static Query QueryString(JsonObject body, Analyzer analyzer, string where)
    {
        var text = body["query"] is { } node ? Term(node, where) : throw new LuceneDslException($"{where} : propriété « query » attendue.");
        var field = body["default_field"] is { } defaultField ? Term(defaultField, where) : OrchardFields.FullText;
        try
        {
            return Boosted(new QueryParser(LuceneVersion.LUCENE_48, field, analyzer).Parse(text), body);
        }
        catch (ParseException e)
        {
            throw new LuceneDslException($"{where} : syntaxe Lucene invalide ({FirstSentence(e.Message)}).");
        }
    }

    private static Query SimpleQueryString(JsonObject body, Analyzer analyzer, string where)
    {
        var text = body["query"] is { } node ? Term(node, where) : throw new LuceneDslException($"{where} : propriété « query » attendue.");
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var field in body["fields"] as JsonArray ?? [OrchardFields.FullText])
        {
            var (name, boost) = Term(field, where).Split('^', 2) switch { [var n, var b] => (n, float.Parse(b, CultureInfo.InvariantCulture)), [var n] => (n, 1f), _ => ("", 1f) };
            weights[name] = boost;
        }
        var parser = new SimpleQueryParser(analyzer, weights)
        {
            DefaultOperator = string.Equals(body["default_operator"]?.GetValue<string>(), "and", StringComparison.OrdinalIgnoreCase) ? Occur.MUST : Occur.SHOULD,
        };
        return Boosted(parser.Parse(text) ?? new BooleanQuery(), body);
    }

    private static Sort? Sort(JsonNode? node, IReadOnlySet<string> numeric)
    {
        if (node is null) return null;
        var fields = new List<SortField>();
        foreach (var entry in node is JsonArray array ? array.ToList() : [node])
        {
            switch (entry)
            {
                case JsonValue name when name.TryGetValue<string>(out var field):
                    fields.Add(field == "_score" ? SortField.FIELD_SCORE : new SortField(field, numeric.Contains(field) ? SortFieldType.DOUBLE : SortFieldType.STRING));
                    break;
                case JsonObject obj:
                    foreach (var (field, spec) in obj)
                    {
                        var order = spec is JsonObject o ? o["order"] : spec;
                        var descending = order is JsonValue v && v.TryGetValue<string>(out var text) && text.Equals("desc", StringComparison.OrdinalIgnoreCase);
                        var type = numeric.Contains(field) ? SortFieldType.DOUBLE : SortFieldType.STRING;
                        fields.Add(field == "_score" ? new SortField(null, SortFieldType.SCORE, !descending) : new SortField(field, type, descending));
                    }
                    break;
                default:
                    throw new LuceneDslException("« sort » : un nom de champ, ou { \"champ\": { \"order\": \"asc\"|\"desc\" } }, ou une liste de ceux-ci.");
            }
        }
        return new Sort([.. fields]);
    }

    private static List<string> Analyze(Analyzer analyzer, string field, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    private static Query Boosted(Query query, JsonObject? options)
    {
        if (options?["boost"] is JsonValue boost && boost.TryGetValue<double>(out var value)) query.Boost = (float)value;
        return query;
    }

    private static JsonObject Object(JsonNode? node, string where) =>
        node as JsonObject ?? throw new LuceneDslException($"{where} : un objet JSON est attendu.");

    private static string Term(JsonNode? node, string where)
    {
        if (node is not JsonValue value) throw new LuceneDslException($"{where} : une valeur (texte, nombre ou booléen) est attendue.");
        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.ToJsonString(),
        };
        return IsoDate().IsMatch(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? OrchardFields.Date(date)
            : text;
    }

    private static double? Number(JsonNode? node, string where)
    {
        if (node is null) return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number) return value.GetValue<double>();
        if (node is JsonValue text && text.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        throw new LuceneDslException($"{where} : un nombre est attendu pour un champ numérique.");
    }

    private static int Integer(JsonNode? node, string where, int fallback)
    {
        if (node is null) return fallback;
        if (node is JsonValue value && value.TryGetValue<int>(out var number)) return number;
        if (node is JsonValue text && text.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out number)) return number;
        throw new LuceneDslException($"« {where} » : un entier est attendu.");
    }

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();
}
