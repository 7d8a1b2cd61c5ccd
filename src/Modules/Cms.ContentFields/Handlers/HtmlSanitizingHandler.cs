using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.ContentFields.Fields;
using Cms.ContentFields.Parts;
using Cms.Display.Markdown;
using Microsoft.Extensions.Logging;

namespace Cms.ContentFields.Handlers;

/// <summary>
/// On every save path (back-office editor, autosave, restore, recipe <c>content</c> step, import), sanitizes the HTML
/// of each <see cref="HtmlBodyPart"/> and <see cref="HtmlField"/> of the item, nested items included (those of every part
/// kind declaring <see cref="ContentKind.NestedItemsProperty"/>: a bag's, a flow's widgets, at any depth), with the bodies'
/// sanitizer (<see cref="MarkdownService.CleanHtml"/>, one policy for the site). HTML from which nothing had to be
/// removed is kept exactly as given, so that recipes round-trip; otherwise the clean HTML is stored and a French
/// warning naming the item, the field and what was removed goes to <see cref="ContentWarnings"/> (the recipe report)
/// and the log. HTML nested deeper than <see cref="HtmlNesting.MaxDepth"/> levels is refused by validation.
/// </summary>
public sealed class HtmlSanitizingHandler(
    IContentDefinitionManager definitions,
    ContentKindCatalog kinds,
    MarkdownService markdown,
    ContentWarnings warnings,
    ILogger<HtmlSanitizingHandler> logger) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        await VisitAsync(item.ContentType, item.Content, "", (html, path, value) =>
        {
            if (HtmlNesting.Exceeds(value)) return; // refused by ValidatingAsync
            var cleaning = markdown.CleanHtml(value);
            if (cleaning.Removed.Count == 0) return;
            html["Html"] = cleaning.Html.Length == 0 ? null : cleaning.Html;
            var name = string.IsNullOrWhiteSpace(item.DisplayText) ? item.ContentItemId : $"« {item.DisplayText} » ({item.ContentItemId})";
            warnings.Add($"{item.ContentType} {name}, {path} : HTML non autorisé retiré : {string.Join(", ", cleaning.Removed)}.");
            logger.LogWarning("Unsafe HTML removed from {ContentType} {ContentItemId} in {Path}: {Removed}.",
                item.ContentType, item.ContentItemId, path, string.Join(", ", cleaning.Removed));
        }, cancellationToken);
    }

    public Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken) =>
        VisitAsync(item.ContentType, item.Content, "", (_, path, value) =>
        {
            if (HtmlNesting.Exceeds(value))
            {
                errors.Add(new ContentValidationError(path,
                    $"Les balises HTML de ce texte sont imbriquées sur plus de {HtmlNesting.MaxDepth} niveaux : simplifiez-le."));
            }
        }, cancellationToken);

    /// <summary>
    /// Calls <paramref name="visit"/> with each HTML holder of the item (its object, its path such as
    /// <c>HtmlBodyPart.Html</c>, its HTML). Reads the shared definitions (names only): this runs twice for every item
    /// saved, and a copy of each definition per item cost an import more than its YAML.
    /// </summary>
    private async Task VisitAsync(string contentType, JsonObject content, string prefix, Action<JsonObject, string, string> visit, CancellationToken ct) =>
        Visit(await definitions.GetSnapshotAsync(ct), contentType, content, prefix, visit);

    private void Visit(ContentDefinitionRecord definitions, string contentType, JsonObject content, string prefix, Action<JsonObject, string, string> visit)
    {
        var type = definitions.ContentTypes.Find(t => t.Name == contentType);
        if (type is null) return;
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            if (content[typePart.Name] is not JsonObject part) continue;
            var partPath = prefix + typePart.Name;
            if (typePart.PartName == nameof(HtmlBodyPart)) Visit(part, partPath + ".Html", visit);
            if (kinds.Part(typePart.PartName)?.NestedItemsProperty is { } nested && part[nested] is JsonArray children)
            {
                for (var i = 0; i < children.Count; i++)
                {
                    if (children[i] is not JsonObject child || child.Text("ContentType") is not { Length: > 0 } childType) continue;
                    // The editor's prefix of the nested item (InfoFields[0].…, FlowPart[0].…): an error shows by its field.
                    Visit(definitions, childType, child, $"{partPath}[{i}].", visit);
                }
            }
            var partDefinition = definitions.ContentParts.Find(p => p.Name == typePart.PartName);
            foreach (var field in partDefinition?.ContentPartFieldDefinitionRecords ?? [])
            {
                if (field.FieldName == nameof(HtmlField) && part[field.Name] is JsonObject value)
                {
                    Visit(value, $"{partPath}.{field.Name}", visit);
                }
            }
        }
    }

    private static void Visit(JsonObject holder, string path, Action<JsonObject, string, string> visit)
    {
        if (holder["Html"] is JsonValue value && value.TryGetValue<string>(out var html) && !string.IsNullOrWhiteSpace(html))
        {
            visit(holder, path, html);
        }
    }
}
