using System.Text.Json.Nodes;

namespace Cms.Abstractions.Definitions;

/// <summary>
/// All content definitions, as data (docs/contracts.md §2): this is the JSON stored and the shape of a recipe's
/// <c>ContentDefinition</c> step. Settings are objects keyed by settings class name; unknown ones are kept.
/// </summary>
public sealed class ContentDefinitionRecord
{
    public List<ContentTypeDefinitionRecord> ContentTypes { get; set; } = [];
    public List<ContentPartDefinitionRecord> ContentParts { get; set; } = [];

    public ContentDefinitionRecord Clone() =>
        System.Text.Json.JsonSerializer.Deserialize<ContentDefinitionRecord>(
            System.Text.Json.JsonSerializer.Serialize(this, DefinitionJson.Options), DefinitionJson.Options)!;
}

public sealed class ContentTypeDefinitionRecord
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
    public List<ContentTypePartDefinitionRecord> ContentTypePartDefinitionRecords { get; set; } = [];
}

public sealed class ContentTypePartDefinitionRecord
{
    /// <summary>The part's type, e.g. <c>BagPart</c> (equal to <see cref="Name"/> for a part used under its own name).</summary>
    public string PartName { get; set; } = "";
    /// <summary>The name the part has in the item, e.g. <c>InfoFields</c>.</summary>
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
}

public sealed class ContentPartDefinitionRecord
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
    public List<ContentPartFieldDefinitionRecord> ContentPartFieldDefinitionRecords { get; set; } = [];
}

public sealed class ContentPartFieldDefinitionRecord
{
    /// <summary>The field's kind, the name a module registered it under (<c>AddContentField</c>).</summary>
    public string FieldName { get; set; } = "";
    /// <summary>The field's name in its part, e.g. <c>StartDate</c>.</summary>
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
}

public static class DefinitionJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        WriteIndented = false,
    };
}
