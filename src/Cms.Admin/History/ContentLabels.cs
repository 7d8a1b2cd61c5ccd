using Cms.Abstractions.Definitions;

namespace Cms.Admin.History;

/// <summary>
/// The names editors know, from the definitions: a type's part by its display name (« Titre », « Évènement »), a
/// field by its display name (« Début »), a type by its display name (« Champ d'information »). Without a
/// definition, the technical name stands.
/// </summary>
public sealed class ContentLabels(ContentDefinitionRecord definitions)
{
    /// <summary>Labels that know no definition: technical names throughout.</summary>
    public static ContentLabels None { get; } = new(new ContentDefinitionRecord());

    public string Type(string contentType) =>
        definitions.ContentTypes.FirstOrDefault(t => t.Name == contentType)?.DisplayName is { Length: > 0 } name ? name : contentType;

    /// <summary>The part <paramref name="partName"/> of <paramref name="contentType"/>, and the part definition's name.</summary>
    public (string Label, string PartDefinition) Part(string contentType, string partName)
    {
        var typePart = definitions.ContentTypes.FirstOrDefault(t => t.Name == contentType)?
            .ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == partName);
        var partDefinition = typePart?.PartName ?? partName;
        var label = typePart?.Settings.Get<ContentTypePartSettings>().DisplayName
            ?? definitions.ContentParts.FirstOrDefault(p => p.Name == partDefinition)?.Settings.Get<ContentPartSettings>().DisplayName
            // The part bearing the type's name holds its fields: it reads as the type.
            ?? (partName == contentType ? Type(contentType) : partName);
        return (label, partDefinition);
    }

    /// <summary>The display name of field <paramref name="fieldName"/> of part definition <paramref name="partDefinition"/>, or null when it is no field.</summary>
    public string? Field(string partDefinition, string fieldName)
    {
        var field = definitions.ContentParts.FirstOrDefault(p => p.Name == partDefinition)?
            .ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == fieldName);
        if (field is null) return null;
        return field.Settings.Get<ContentPartFieldSettings>().DisplayName is { Length: > 0 } name ? name : fieldName;
    }
}
