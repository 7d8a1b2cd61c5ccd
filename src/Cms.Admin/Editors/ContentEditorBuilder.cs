using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;

namespace Cms.Admin.Editors;

/// <summary>
/// Builds the editors of an item from its type's definition: every part of the type in position order, the fields
/// of each part, the nested items of each BagPart. A field added to a type therefore appears in its form with no
/// new UI code.
/// </summary>
public sealed class ContentEditorBuilder(IContentDefinitionManager definitions)
{
    public async Task<List<EditorElement>> BuildAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var all = await definitions.LoadAsync(cancellationToken);
        var type = all.ContentTypes.FirstOrDefault(t => t.Name == item.ContentType)
            ?? throw new InvalidOperationException($"Le type de contenu « {item.ContentType} » n'est pas défini.");
        return Build(all, type, item, prefix: "");
    }

    /// <summary>The editors of <paramref name="item"/> of <paramref name="type"/>, form keys starting with <paramref name="prefix"/>.</summary>
    internal static List<EditorElement> Build(ContentDefinitionRecord all, ContentTypeDefinitionRecord type, ContentItem item, string prefix)
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
                    Kind = BagPart.TypeName, Prefix = partPrefix, PartName = typePart.Name, Label = label,
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
            else if (Array.IndexOf(EditorKinds.Parts, typePart.PartName) >= 0)
            {
                elements.Add(new EditorElement
                {
                    Kind = typePart.PartName, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description, Settings = typePart.Settings, Value = value,
                });
            }
            else if (partDefinition is { ContentPartFieldDefinitionRecords.Count: > 0 })
            {
                var part = new EditorElement
                {
                    Kind = EditorKinds.Fields, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description ?? partDefinition.Settings.Get<ContentPartSettings>().Description,
                    Settings = typePart.Settings, Value = value,
                };
                foreach (var field in partDefinition.ContentPartFieldDefinitionRecords
                             .OrderBy(f => Position(f.Settings.Get<ContentPartFieldSettings>().Position)))
                {
                    var fieldSettings = field.Settings.Get<ContentPartFieldSettings>();
                    part.Fields.Add(new EditorElement
                    {
                        Kind = Array.IndexOf(EditorKinds.FieldTypes, field.FieldName) >= 0 ? field.FieldName : EditorKinds.Unknown,
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
                    Kind = EditorKinds.Unknown, Prefix = partPrefix, PartName = typePart.Name, Label = label,
                    Hint = partSettings.Description, Settings = typePart.Settings, Value = value,
                });
            }
        }
        return elements;
    }

    internal static BagItemEditor BuildBagItem(ContentDefinitionRecord all, string bagPrefix, int position, ContentItem nested)
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
