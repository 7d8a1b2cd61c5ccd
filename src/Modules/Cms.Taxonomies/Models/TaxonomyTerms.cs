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
        var term = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = termType, DisplayText = name };
        term.Apply(new TitlePart { Title = name });
        term.Apply(new AutoroutePart { Path = Slug(name) is { Length: > 0 } slug ? slug : term.ContentItemId });
        term.Apply(new TermPart { TaxonomyContentItemId = taxonomy.ContentItemId });
        if (taxonomy.GetPart(TaxonomyPart.Name) is not { } part)
        {
            part = new JsonObject();
            taxonomy.Content[TaxonomyPart.Name] = part;
        }
        if (part[TermsProperty] is not JsonArray terms) part[TermsProperty] = terms = [];
        terms.Add(term.ToJson());
        return term;
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
