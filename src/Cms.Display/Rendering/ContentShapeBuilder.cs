using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Display.Markdown;
using Cms.Display.Themes;

namespace Cms.Display.Rendering;

/// <summary>
/// Renders the parts and fields of an item with their own templates, so that a site theme changes one of them by
/// dropping a file of the same name. Part templates: <c>{Part}.{DisplayType}</c>, <c>{Part}</c> (e.g.
/// <c>TitlePart.Summary</c>, <c>MarkdownBodyPart</c>). Fields of the type's own part: <c>{Part}-{Field}.{DisplayType}</c>,
/// <c>{Part}-{Field}</c>, <c>{FieldType}.{DisplayType}</c>, <c>{FieldType}</c> (e.g. <c>Event-Venue</c>, <c>TextField</c>).
/// A bag (a part holding <c>ContentItems</c>, e.g. <c>InfoFields</c>): each nested item rendered with its own content
/// alternates (<c>Content-InfoField</c>…), then <c>{Part}</c> or <c>BagPart</c> with <c>Model.Items</c>.
/// A part or field without a template shows nothing. The results go to <c>Model.Parts</c> (in order) and
/// <c>Model.Shapes[name]</c>.
/// </summary>
public sealed class ContentShapeBuilder(TemplateStore templates, IMarkdownService markdown, MediaUrlResolver media)
{
    public async Task<(List<string> Ordered, Dictionary<string, object?> ByName)> BuildAsync(
        ContentItem item, string displayType, IDictionary<string, object?> contentModel, ContentTypeDefinitionRecord? type,
        Func<LoadedTemplate, object, Task<string>> render, Func<IEnumerable<string>, Task<IReadOnlyList<ContentItem>>> loadItems,
        Func<ContentItem, Task<string>> renderNested)
    {
        var ordered = new List<string>();
        var byName = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (partName, partType, label) in PartsOf(item, type))
        {
            if (item.GetPart(partName) is not { } part) continue;
            if (part["ContentItems"] is JsonArray nested)
            {
                var bagTemplate = templates.Find(Alternates(partName, displayType).Concat(Alternates("BagPart", displayType)));
                if (bagTemplate is null) continue;
                var rendered = new List<string>();
                foreach (var child in nested.OfType<JsonObject>())
                {
                    rendered.Add(await renderNested(ContentItem.FromJson(child)));
                }
                var bagModel = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["Part"] = part,
                    ["Name"] = partName,
                    ["Label"] = label,
                    ["DisplayType"] = displayType,
                    ["Items"] = rendered,
                    ["ContentItem"] = contentModel["ContentItem"],
                    ["Content"] = contentModel,
                };
                var bagHtml = (await render(bagTemplate, bagModel)).Trim();
                byName[partName] = bagHtml;
                if (bagHtml.Length > 0) ordered.Add(bagHtml);
                continue;
            }
            if (partName == item.ContentType)
            {
                foreach (var (fieldName, node) in part)
                {
                    if (node is not JsonObject field) continue;
                    var fieldType = FieldKinds.Infer(field);
                    if (fieldType is null) continue;
                    var template = templates.Find(Alternates($"{partName}-{fieldName}", displayType).Concat(Alternates(fieldType, displayType)));
                    if (template is null) continue;
                    var model = await FieldModelAsync(item, displayType, partName, fieldName, fieldType, field, contentModel, loadItems);
                    var html = (await render(template, model)).Trim();
                    byName[$"{partName}-{fieldName}"] = html;
                    if (html.Length > 0) ordered.Add(html);
                }
                continue;
            }
            var partTemplate = templates.Find(Alternates(partName, displayType).Concat(partType != partName ? Alternates(partType, displayType) : []));
            if (partTemplate is null) continue;
            var partModel = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Part"] = part,
                ["Name"] = partName,
                ["Label"] = label,
                ["DisplayType"] = displayType,
                ["ContentItem"] = contentModel["ContentItem"],
                ["Content"] = contentModel,
                ["Html"] = partType == "MarkdownBodyPart" ? contentModel["Body"] : null,
            };
            var partHtml = (await render(partTemplate, partModel)).Trim();
            byName[partName] = partHtml;
            if (partHtml.Length > 0) ordered.Add(partHtml);
        }
        return (ordered, byName);
    }

    public static IEnumerable<string> Alternates(string name, string displayType) => [$"{name}.{displayType}", name];

    private static IEnumerable<(string Name, string PartType, string? Label)> PartsOf(ContentItem item, ContentTypeDefinitionRecord? type)
    {
        if (type is null)
        {
            return item.Content.Select(p => (p.Key, p.Key, (string?)null)).ToList();
        }
        return type.ContentTypePartDefinitionRecords
            .Select(r => (Record: r, Settings: r.Settings.Get<ContentTypePartSettings>()))
            .OrderBy(r => int.TryParse(r.Settings.Position, out var position) ? position : int.MaxValue)
            .Select(r => (r.Record.Name, r.Record.PartName, r.Settings.DisplayName))
            .ToList();
    }

    private async Task<Dictionary<string, object?>> FieldModelAsync(
        ContentItem item, string displayType, string partName, string fieldName, string fieldType, JsonObject field,
        IDictionary<string, object?> contentModel, Func<IEnumerable<string>, Task<IReadOnlyList<ContentItem>>> loadItems)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Field"] = field,
            ["Name"] = fieldName,
            ["PartName"] = partName,
            ["FieldType"] = fieldType,
            ["DisplayType"] = displayType,
            ["ContentItem"] = contentModel["ContentItem"],
            ["Content"] = contentModel,
        };
        switch (fieldType)
        {
            case "MarkdownField":
                model["Html"] = markdown.ToHtml(field["Markdown"]?.GetValue<string>());
                break;
            case "MediaField":
                var paths = field["Paths"] as JsonArray ?? [];
                var texts = field["MediaTexts"] as JsonArray ?? [];
                model["Media"] = paths
                    .Select((p, i) => new Dictionary<string, object?>
                    {
                        ["Url"] = media.Resolve(p?.GetValue<string>()),
                        ["Alt"] = i < texts.Count ? texts[i]?.GetValue<string>() ?? "" : "",
                    })
                    .Where(m => m["Url"] is not null)
                    .ToList();
                break;
            case "ContentPickerField":
                var ids = (field["ContentItemIds"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().ToList();
                var items = ids.Count == 0 ? [] : await loadItems(ids);
                model["Items"] = items
                    .Select(i => new Dictionary<string, object?>
                    {
                        ["DisplayText"] = i.DisplayText,
                        ["Url"] = ContentPaths.UrlOf(i),
                        ["ContentType"] = i.ContentType,
                    })
                    .ToList();
                break;
        }
        return model;
    }
}
