using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Editors;

/// <summary>
/// Builds the editors of an item from its type's definition: every part of the type in position order, the fields
/// of each part, the nested items of each BagPart. Each part and field is shown by the editor registered for its
/// kind (<see cref="ContentKindCatalog"/>); a kind without one is shown read-only and kept. A field added to a type
/// therefore appears in its form with no new UI code. The edited item also shows the parts an
/// <see cref="IEditorPartSource"/> adds (a widget's placement).
/// </summary>
public sealed class ContentEditorBuilder(IContentDefinitionManager definitions, ContentKindCatalog kinds, IServiceProvider services)
{
    /// <summary>The core's views of the elements no kind owns.</summary>
    public const string FieldsView = "/Pages/Admin/Editors/_Fields.cshtml";
    public const string BagView = "/Pages/Admin/Editors/_BagPart.cshtml";
    public const string UnknownView = "/Pages/Admin/Editors/_Unknown.cshtml";

    public async Task<List<EditorElement>> BuildAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var all = await definitions.LoadAsync(cancellationToken);
        var type = all.ContentTypes.FirstOrDefault(t => t.Name == item.ContentType)
            ?? throw new InvalidOperationException($"Content type '{item.ContentType}' is not defined.");
        return Build(all, type, item, prefix: "");
    }

    /// <summary>
    /// The editors of a nested item (a part kind holding items of its own, such as FlowPart's widgets), by its own
    /// type's definition, form keys starting with <paramref name="prefix"/> (e.g. <c>FlowPart[0].</c>); empty when its
    /// type is not defined.
    /// </summary>
    public async Task<List<EditorElement>> BuildNestedAsync(ContentItem nested, string prefix, CancellationToken cancellationToken = default)
    {
        var all = await definitions.LoadAsync(cancellationToken);
        return all.ContentTypes.FirstOrDefault(t => t.Name == nested.ContentType) is { } type ? Build(all, type, nested, prefix) : [];
    }

    /// <summary>The editor registered for <paramref name="kind"/>, or null.</summary>
    public IContentEditor? EditorOf(ContentKind? kind) =>
        kind?.EditorType is { } editorType ? (IContentEditor)services.GetRequiredService(editorType) : null;

    /// <summary>The editors of <paramref name="item"/> of <paramref name="type"/>, form keys starting with <paramref name="prefix"/>.</summary>
    internal List<EditorElement> Build(ContentDefinitionRecord all, ContentTypeDefinitionRecord type, ContentItem item, string prefix)
    {
        var elements = new List<EditorElement>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords.OrderBy(p => Position(p.Settings.Get<ContentTypePartSettings>().Position)))
        {
            var partSettings = typePart.Settings.Get<ContentTypePartSettings>();
            var partDefinition = all.ContentParts.FirstOrDefault(p => p.Name == typePart.PartName);
            var label = partSettings.DisplayName
                ?? partDefinition?.Settings.Get<ContentPartSettings>().DisplayName
                // The part bearing the type's name holds the type's own fields (InfoField): it reads as the type.
                ?? (typePart.Name == type.Name && type.DisplayName.Length > 0 ? type.DisplayName : typePart.Name);
            var value = item.GetPart(typePart.Name)?.DeepClone() as JsonObject;
            var partPrefix = prefix + typePart.Name;

            if (typePart.PartName == BagPart.TypeName)
            {
                var bag = new EditorElement
                {
                    Kind = EditorKinds.Bag, View = BagView, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description, Settings = typePart.Settings, Value = value,
                };
                var contained = typePart.Settings.Get<BagPartSettings>().ContainedContentTypes;
                foreach (var name in contained)
                {
                    bag.ContainedTypes.Add((name, all.ContentTypes.FirstOrDefault(t => t.Name == name)?.DisplayName ?? name));
                }
                var position = 0;
                foreach (var nested in item.GetBagItems(typePart.Name))
                {
                    bag.BagItems.Add(BuildBagItem(all, partPrefix, position++, nested));
                }
                elements.Add(bag);
            }
            else if (EditorOf(kinds.Part(typePart.PartName)) is { } partEditor)
            {
                elements.Add(new EditorElement
                {
                    Kind = typePart.PartName, View = partEditor.View, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description, Settings = typePart.Settings, Value = value,
                });
            }
            else if (partDefinition is { ContentPartFieldDefinitionRecords.Count: > 0 })
            {
                var part = new EditorElement
                {
                    Kind = EditorKinds.Fields, View = FieldsView, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description ?? partDefinition.Settings.Get<ContentPartSettings>().Description,
                    Settings = typePart.Settings, Value = value,
                };
                foreach (var field in partDefinition.ContentPartFieldDefinitionRecords
                             .OrderBy(f => Position(f.Settings.Get<ContentPartFieldSettings>().Position)))
                {
                    var fieldSettings = field.Settings.Get<ContentPartFieldSettings>();
                    var fieldEditor = EditorOf(kinds.Field(field.FieldName));
                    part.Fields.Add(new EditorElement
                    {
                        Kind = fieldEditor is null ? EditorKinds.Unknown : field.FieldName,
                        View = fieldEditor?.View ?? UnknownView,
                        Prefix = partPrefix + "." + field.Name,
                        PartName = typePart.Name,
                        FieldName = field.Name,
                        Label = fieldSettings.DisplayName ?? field.Name,
                        Hint = fieldSettings.Description ?? HintOf(field.Settings),
                        Settings = field.Settings,
                        Value = value?[field.Name]?.DeepClone() as JsonObject,
                    });
                }
                elements.Add(part);
            }
            else
            {
                elements.Add(new EditorElement
                {
                    Kind = EditorKinds.Unknown, View = UnknownView, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description, Settings = typePart.Settings, Value = value,
                });
            }
        }
        if (prefix.Length == 0)
        {
            foreach (var extra in services.GetServices<IEditorPartSource>().SelectMany(s => s.PartsFor(type, item)))
            {
                if (elements.Any(e => e.PartName == extra.PartName) || EditorOf(kinds.Part(extra.Kind)) is not { } extraEditor) continue;
                elements.Add(new EditorElement
                {
                    Kind = extra.Kind, View = extraEditor.View, Prefix = extra.PartName, PartName = extra.PartName, Label = extra.Label,
                    Hint = extra.Hint, Value = item.GetPart(extra.PartName)?.DeepClone() as JsonObject,
                });
            }
        }
        return elements;
    }

    internal BagItemEditor BuildBagItem(ContentDefinitionRecord all, string bagPrefix, int position, ContentItem nested)
    {
        var nestedType = all.ContentTypes.FirstOrDefault(t => t.Name == nested.ContentType);
        var itemPrefix = $"{bagPrefix}[{position}]";
        var editor = new BagItemEditor
        {
            Position = position,
            Prefix = itemPrefix,
            ContentItemId = nested.ContentItemId,
            ContentType = nested.ContentType,
            TypeDisplayName = nestedType?.DisplayName ?? nested.ContentType,
        };
        if (nestedType is not null)
        {
            editor.Elements.AddRange(Build(all, nestedType, nested, itemPrefix + "."));
        }
        return editor;
    }

    /// <summary>The <c>Hint</c> of whichever field settings class the field has.</summary>
    private static string? HintOf(JsonObject settings) =>
        settings.Select(s => s.Value?["Hint"] is JsonValue v && v.TryGetValue<string>(out var h) ? h : null)
            .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));

    private static double Position(string? position) =>
        double.TryParse(position, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : double.MaxValue;
}
