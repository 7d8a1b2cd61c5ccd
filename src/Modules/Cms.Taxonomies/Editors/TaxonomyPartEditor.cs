using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Editing;
using Cms.Taxonomies.Models;

namespace Cms.Taxonomies.Editors;

/// <summary>
/// A taxonomy's terms in its edit form, as Orchard's TaxonomyPart editor: each term renamed, moved among its siblings
/// (its position), deleted with its sub-terms, and new terms added at the root or under a term, one name a line. The
/// term type (<c>TermContentType</c>) is chosen once, while the taxonomy has no term. A term keeps its path when it is
/// renamed, so that links to its page keep working; a new term's path is the slug of its name, made unique in the taxonomy.
/// </summary>
public sealed class TaxonomyPartEditor : IContentEditor
{
    public string View => "/Editors/_TaxonomyPart.cshtml";

    public const string TermContentTypeKey = "TermContentType";
    public const string NewNamesKey = "NewNames";
    public const string NewParentKey = "NewParent";
    public const string DeleteKey = "Delete";

    public static string NameKey(string termId) => $"Terms.{termId}.Name";
    public static string PositionKey(string termId) => $"Terms.{termId}.Position";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var taxonomyId = context.Text("ContentItemId") ?? "";
        if (context.Text(element.Key(TermContentTypeKey)) is { Length: > 0 } chosenType && TermCount(target) == 0)
        {
            target[TermContentTypeKey] = chosenType;
        }
        var deleted = context.Values(element.Key(DeleteKey)).ToHashSet(StringComparer.Ordinal);
        UpdateLevel(element, context, target, deleted);

        var names = (context.Multiline(element.Key(NewNamesKey)) ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0) return Task.CompletedTask;
        var termType = target[TermContentTypeKey] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        if (termType is null)
        {
            context.Error(element.Prefix, $"« {element.Label} » : choisissez le type des termes avant d'en ajouter.");
            return Task.CompletedTask;
        }
        var parentId = context.Text(element.Key(NewParentKey)) is { Length: > 0 } p ? p : null;
        if (parentId is not null && (deleted.Contains(parentId) || TaxonomyTerms.FindTerm(target, parentId) is null))
        {
            context.Error(element.Prefix, $"« {element.Label} » : le terme parent choisi n'existe plus ; les nouveaux termes n'ont pas été ajoutés.");
            return Task.CompletedTask;
        }
        foreach (var name in names)
        {
            TaxonomyTerms.AddTerm(target, taxonomyId, parentId, name, termType);
        }
        return Task.CompletedTask;
    }

    /// <summary>Renames, deletes and orders the terms of one level (then of their children), keeping what it does not know.</summary>
    private static void UpdateLevel(EditorElement element, EditorUpdateContext context, JsonObject parent, HashSet<string> deleted)
    {
        if (parent[TaxonomyTerms.TermsProperty] is not JsonArray terms) return;
        var kept = new List<(JsonObject Term, double Position, int Rank)>();
        var rank = 0;
        foreach (var term in terms.OfType<JsonObject>().ToList())
        {
            rank++;
            var id = term["ContentItemId"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (id is null)
            {
                kept.Add((term, rank, rank));
                continue;
            }
            if (deleted.Contains(id)) continue;
            if (context.Posted(element.Key(NameKey(id))))
            {
                var name = context.Text(element.Key(NameKey(id)));
                if (string.IsNullOrWhiteSpace(name))
                {
                    context.Error(element.Prefix, $"« {element.Label} » : le nom d'un terme ne peut pas être vide (supprimez-le plutôt).");
                }
                else if (name != Text(term, "DisplayText"))
                {
                    term["DisplayText"] = name;
                    if (term[nameof(TitlePart)] is not JsonObject title) term[nameof(TitlePart)] = title = new JsonObject();
                    title["Title"] = name;
                }
            }
            var position = double.TryParse(context.Text(element.Key(PositionKey(id))), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : rank;
            kept.Add((term, position, rank));
            UpdateLevel(element, context, term, deleted);
        }
        terms.Clear();
        // Positions as typed; a tie keeps the former order.
        foreach (var (term, _, _) in kept.OrderBy(k => k.Position).ThenBy(k => k.Rank)) terms.Add(term);
    }

    private static int TermCount(JsonObject part) => part[TaxonomyTerms.TermsProperty] is JsonArray a ? a.Count : 0;

    private static string? Text(JsonObject json, string property) =>
        json[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
