using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;

namespace Cms.Admin.Editors;

/// <summary>
/// Applies a posted edit form to an item, walking the same structure the form was built from: each part and
/// field goes through the editor registered for its kind; BagParts are rebuilt from the posted list of nested items (in the
/// posted order), each nested item keeping the properties no editor touched. Parts without an editor
/// (FrontMatterPart…) are left exactly as they were.
/// </summary>
public sealed class ContentEditorUpdater(IContentDefinitionManager definitions, ContentEditorBuilder builder, ContentKindCatalog kinds)
{
    /// <summary>Applies <paramref name="context"/>'s form to <paramref name="item"/>; errors are in <see cref="EditorUpdateContext.Errors"/>.</summary>
    public async Task ApplyAsync(ContentItem item, EditorUpdateContext context)
    {
        var all = await definitions.LoadAsync(context.CancellationToken);
        var type = all.ContentTypes.FirstOrDefault(t => t.Name == item.ContentType)
            ?? throw new InvalidOperationException($"Content type '{item.ContentType}' is not defined.");
        await ApplyTypeAsync(all, type, item, "", context);
    }

    /// <summary>
    /// Applies the form's values under <paramref name="prefix"/> (e.g. <c>FlowPart[0].</c>) to a nested item, by its own
    /// type's definition (see <see cref="ContentEditorBuilder.BuildNestedAsync"/>); a nested item of an undefined type is
    /// left as it is.
    /// </summary>
    public async Task ApplyNestedAsync(ContentItem nested, string prefix, EditorUpdateContext context)
    {
        var all = await definitions.LoadAsync(context.CancellationToken);
        if (all.ContentTypes.FirstOrDefault(t => t.Name == nested.ContentType) is { } type)
        {
            await ApplyTypeAsync(all, type, nested, prefix, context);
        }
    }

    private async Task ApplyTypeAsync(ContentDefinitionRecord all, ContentTypeDefinitionRecord type, ContentItem item, string prefix, EditorUpdateContext context)
    {
        foreach (var element in builder.Build(all, type, item, prefix))
        {
            switch (element.Kind)
            {
                case EditorKinds.Bag:
                    await ApplyBagAsync(all, element, item, context);
                    break;
                case EditorKinds.Fields:
                    foreach (var field in element.Fields)
                    {
                        if (builder.EditorOf(kinds.Field(field.Kind)) is not { } fieldEditor || !context.Posted(field.Prefix + ".Present")) continue;
                        var part = item.Part(element.PartName);
                        if (part[field.FieldName!] is not JsonObject target)
                        {
                            target = new JsonObject();
                            part[field.FieldName!] = target;
                        }
                        await fieldEditor.UpdateAsync(field, context, target);
                    }
                    break;
                default:
                    if (builder.EditorOf(kinds.Part(element.Kind)) is { } partEditor && context.Posted(element.Prefix + ".Present"))
                    {
                        await partEditor.UpdateAsync(element, context, item.Part(element.PartName));
                    }
                    break;
            }
        }
    }

    private async Task ApplyBagAsync(ContentDefinitionRecord all, EditorElement bag, ContentItem item, EditorUpdateContext context)
    {
        if (!context.Posted(bag.Prefix + ".Present")) return;
        var existing = item.GetBagItems(bag.PartName).GroupBy(i => i.ContentItemId).ToDictionary(g => g.Key, g => g.First());
        var allowed = bag.ContainedTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var result = new List<ContentItem>();
        foreach (var index in context.Values(bag.Key("Items")))
        {
            if (!int.TryParse(index, out var i) || i < 0) continue;
            var itemPrefix = $"{bag.Prefix}[{i}]";
            var id = context.Text(itemPrefix + ".ContentItemId");
            var typeName = context.Text(itemPrefix + ".ContentType") ?? "";
            if (!allowed.Contains(typeName) || all.ContentTypes.FirstOrDefault(t => t.Name == typeName) is not { } nestedType)
            {
                context.Error(itemPrefix, $"« {bag.Label} » ne peut pas contenir d'élément de type « {typeName} ».");
                continue;
            }
            var nested = id is not null && existing.TryGetValue(id, out var found)
                ? found
                : NewNested(typeName, id);
            await ApplyTypeAsync(all, nestedType, nested, itemPrefix + ".", context);
            result.Add(nested);
        }
        item.SetBagItems(bag.PartName, result);
    }

    /// <summary>A nested item not stored yet: it keeps the id the form gave it (when well formed) so that it stays the same across posts.</summary>
    public static ContentItem NewNested(string contentType, string? id = null) => new()
    {
        ContentItemId = id is { Length: 26 } && id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)) ? id : IdGenerator.NewId(),
        ContentType = contentType,
    };
}
