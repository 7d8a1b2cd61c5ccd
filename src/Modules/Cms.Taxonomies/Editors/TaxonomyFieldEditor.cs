using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Cms.Taxonomies.Models;

namespace Cms.Taxonomies.Editors;

/// <summary>
/// A TaxonomyField in the edit form. Terms mode: the taxonomy's terms as checkboxes (radio buttons when
/// <c>Unique</c>; terms with children not selectable when <c>LeavesOnly</c>). Tags mode (<c>TaxonomyFieldTagsEditorSettings</c>
/// or the editor <c>Tags</c>): names typed, separated by commas, matched to the terms whatever their case; a name no
/// term has becomes a new term of the taxonomy when the field is <c>Open</c>, else is refused, naming the field.
/// Writes <c>TaxonomyContentItemId</c>, <c>TermContentItemIds</c> (and <c>TagNames</c> in tags mode).
/// </summary>
public sealed class TaxonomyFieldEditor(IContentManager contentManager) : IContentEditor
{
    public string View => "/Editors/_TaxonomyField.cshtml";

    public static bool IsTagsMode(JsonObject settings) =>
        settings[nameof(TaxonomyFieldTagsEditorSettings)] is not null
        || string.Equals(settings.Get<ContentPartFieldSettings>().Editor, "Tags", StringComparison.OrdinalIgnoreCase);

    public static bool IsOpen(JsonObject settings) =>
        settings.Get<TaxonomyFieldSettings>().Open || settings.Get<TaxonomyFieldTagsEditorSettings>().Open;

    public async Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var settings = element.Settings.Get<TaxonomyFieldSettings>();
        var taxonomy = string.IsNullOrEmpty(settings.TaxonomyContentItemId) ? null
            : await contentManager.GetAsync(settings.TaxonomyContentItemId, VersionOptions.Latest, context.CancellationToken);
        if (taxonomy is null)
        {
            context.Error(element.Prefix, $"« {element.Label} » : la taxonomie de ce champ n'existe pas ; demandez à un administrateur de la choisir.");
            return;
        }
        var terms = TaxonomyTerms.Flatten(taxonomy);
        var chosen = new List<TermNode>();
        List<string>? tagNames = null;
        if (IsTagsMode(element.Settings))
        {
            tagNames = [];
            var names = (context.Text(element.Key("TagNames")) ?? "")
                .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var created = false;
            foreach (var name in names)
            {
                var term = terms.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
                if (term is null)
                {
                    if (!IsOpen(element.Settings) || TaxonomyTerms.TermContentType(taxonomy) is not { } termType)
                    {
                        context.Error(element.Prefix, $"« {element.Label} » : le terme « {name} » n'existe pas dans la taxonomie « {taxonomy.DisplayText} » et ce champ ne permet pas d'en ajouter.");
                        continue;
                    }
                    var added = TaxonomyTerms.AddTerm(taxonomy, name, termType);
                    term = new TermNode(added, 0, true, null);
                    created = true;
                }
                chosen.Add(term);
                tagNames.Add(term.Name);
            }
            if (created && !context.Errors.Any(e => e.Field == element.Prefix))
            {
                // The new terms are added to the taxonomy (published when it is) before the item is saved.
                if (taxonomy.Published) await contentManager.PublishAsync(taxonomy, context.CancellationToken);
                else await contentManager.SaveDraftAsync(taxonomy, context.CancellationToken);
            }
        }
        else
        {
            var byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
            foreach (var id in context.Values(element.Key("TermContentItemIds")).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!byId.TryGetValue(id, out var term))
                {
                    context.Error(element.Prefix, $"« {element.Label} » : un terme choisi n'existe plus dans la taxonomie « {taxonomy.DisplayText} ».");
                    continue;
                }
                if (settings.LeavesOnly && !term.IsLeaf)
                {
                    context.Error(element.Prefix, $"« {element.Label} » : choisissez un terme sans sous-termes (« {term.Name} » en a).");
                    continue;
                }
                chosen.Add(term);
            }
        }
        if (settings.Unique && chosen.Count > 1)
        {
            context.Error(element.Prefix, $"« {element.Label} » : un seul terme est permis.");
        }
        if (settings.Required && chosen.Count == 0)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        target["TaxonomyContentItemId"] = taxonomy.ContentItemId;
        target["TermContentItemIds"] = new JsonArray(chosen.Select(t => (JsonNode?)JsonValue.Create(t.Id)).ToArray());
        if (tagNames is not null) target["TagNames"] = new JsonArray(tagNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
    }
}
