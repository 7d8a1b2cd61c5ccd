using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Taxonomies.Models;

/// <summary>One term of a taxonomy, flattened: its item, depth (0 for a root term), whether it has children, its site path.</summary>
public sealed record TermNode(ContentItem Term, int Depth, bool IsLeaf, string? Path)
{
    public string Id => Term.ContentItemId;
    public string Name => Term.DisplayText ?? Term.As<TitlePart>()?.Title ?? Term.ContentItemId;
    public string? Url => Path is null ? null : "/" + Path;
}

/// <summary>Reads and changes the terms nested in a taxonomy's TaxonomyPart (see <see cref="TaxonomyPart"/>).</summary>
public static class TaxonomyTerms
{
    public const string TermsProperty = "Terms";

    /// <summary>Every term, depth first, in the editors' order; each term's path is under the taxonomy's.</summary>
    public static List<TermNode> Flatten(ContentItem taxonomy)
    {
        var result = new List<TermNode>();
        var taxonomyPath = taxonomy.As<AutoroutePart>()?.Path?.Trim('/');
        Walk(taxonomy.GetPart(TaxonomyPart.Name)?[TermsProperty] as JsonArray, 0, taxonomyPath, result);
        return result;
    }

    private static void Walk(JsonArray? terms, int depth, string? taxonomyPath, List<TermNode> result)
    {
        if (terms is null) return;
        foreach (var json in terms.OfType<JsonObject>())
        {
            var term = ContentItem.FromJson(json);
            if (string.IsNullOrWhiteSpace(term.ContentItemId)) continue;
            var children = json[TermsProperty] as JsonArray;
            result.Add(new TermNode(term, depth, children is null || children.Count == 0, RoutePath(taxonomyPath, term)));
            Walk(children, depth + 1, taxonomyPath, result);
        }
    }

    /// <summary>
    /// A term's site path: its AutoroutePart path under the taxonomy's (<c>earth</c> in <c>tags</c> → <c>tags/earth</c>;
    /// a path already under it is kept), the slug of its name when it has none; null when the taxonomy has no path.
    /// </summary>
    public static string? RoutePath(string? taxonomyPath, ContentItem term)
    {
        if (string.IsNullOrEmpty(taxonomyPath)) return null;
        var own = term.As<AutoroutePart>()?.Path?.Trim('/');
        if (string.IsNullOrEmpty(own)) own = Slug(term.DisplayText ?? term.As<TitlePart>()?.Title);
        if (string.IsNullOrEmpty(own)) own = term.ContentItemId;
        return own.StartsWith(taxonomyPath + "/", StringComparison.Ordinal) ? own : taxonomyPath + "/" + own;
    }

    /// <summary>The term type of a taxonomy (<c>TaxonomyPart.TermContentType</c>).</summary>
    public static string? TermContentType(ContentItem taxonomy) =>
        taxonomy.GetPart(TaxonomyPart.Name)?["TermContentType"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>Adds a root term named <paramref name="name"/> (title, path and TermPart as Orchard writes them) and returns it.</summary>
    public static ContentItem AddTerm(ContentItem taxonomy, string name, string termType)
    {
        if (taxonomy.GetPart(TaxonomyPart.Name) is not { } part)
        {
            part = new JsonObject();
            taxonomy.Content[TaxonomyPart.Name] = part;
        }
        return AddTerm(part, taxonomy.ContentItemId, null, name, termType);
    }

    /// <summary>
    /// Adds a term named <paramref name="name"/> to the TaxonomyPart <paramref name="part"/>, at the end of the root terms
    /// or of the children of <paramref name="parentId"/>, with a path no other term of the taxonomy has
    /// (<c>earth</c>, then <c>earth-2</c>…).
    /// </summary>
    public static ContentItem AddTerm(JsonObject part, string taxonomyId, string? parentId, string name, string termType)
    {
        var term = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = termType, DisplayText = name };
        term.Apply(new TitlePart { Title = name });
        term.Apply(new AutoroutePart { Path = FreePath(part, Slug(name) is { Length: > 0 } slug ? slug : term.ContentItemId) });
        term.Apply(new TermPart { TaxonomyContentItemId = taxonomyId });
        var parent = parentId is null ? part : FindTerm(part, parentId) ?? throw new ArgumentException($"No term '{parentId}' in the taxonomy.", nameof(parentId));
        if (parent[TermsProperty] is not JsonArray terms) parent[TermsProperty] = terms = [];
        terms.Add(term.ToJson());
        return term;
    }

    /// <summary>The JSON of the term <paramref name="termId"/> at any depth of <paramref name="part"/>, or null.</summary>
    public static JsonObject? FindTerm(JsonObject part, string termId)
    {
        foreach (var json in (part[TermsProperty] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (json["ContentItemId"] is JsonValue id && id.TryGetValue<string>(out var s) && s == termId) return json;
            if (FindTerm(json, termId) is { } found) return found;
        }
        return null;
    }

    private static string FreePath(JsonObject part, string slug)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CollectPaths(part, taken);
        var path = slug;
        for (var n = 2; taken.Contains(path); n++) path = $"{slug}-{n}";
        return path;
    }

    private static void CollectPaths(JsonObject parent, HashSet<string> taken)
    {
        foreach (var json in (parent[TermsProperty] as JsonArray ?? []).OfType<JsonObject>())
        {
            // A stored path may already carry the taxonomy's (tags/earth): its last segment is what a slug meets.
            if (json[nameof(AutoroutePart)]?["Path"] is JsonValue path && path.TryGetValue<string>(out var p)) taken.Add(p.Trim('/').Split('/')[^1]);
            CollectPaths(json, taken);
        }
    }

    /// <summary>Lowercase ASCII letters and digits, accents folded, every other run a single '-'.</summary>
    public static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    internal static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;
}
