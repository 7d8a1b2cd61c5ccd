using System.Text.Json.Nodes;

namespace Cms.Abstractions.Editing;

/// <summary>
/// One editor of the form built from the definitions: a part or a field whose kind has a registered editor, a part
/// holding fields, a bag of nested items, or an element no editor knows (shown read-only and kept as it is).
/// </summary>
public sealed class EditorElement
{
    /// <summary>The editor: a registered part or field kind, <see cref="EditorKinds.Fields"/>, <see cref="EditorKinds.Bag"/> or <see cref="EditorKinds.Unknown"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>The Razor partial view rendering the element (the kind's <see cref="IContentEditor.View"/>, or the core's).</summary>
    public required string View { get; init; }
    /// <summary>Prefix of the form keys of this element, e.g. <c>Event.StartDate</c> or <c>InfoFields[0].InfoField.Label</c>.</summary>
    public required string Prefix { get; init; }
    /// <summary>The part's name in the item (e.g. <c>Event</c>, <c>InfoFields</c>).</summary>
    public required string PartName { get; init; }
    /// <summary>The field's name in its part, null for a part.</summary>
    public string? FieldName { get; init; }
    public required string Label { get; init; }
    public string? Hint { get; init; }
    /// <summary>The settings of the field or of the type's part (objects keyed by settings class name).</summary>
    public JsonObject Settings { get; init; } = new();
    /// <summary>The part's or field's JSON in the item being edited (a copy), or null.</summary>
    public JsonObject? Value { get; init; }
    /// <summary>The fields of a part holding fields.</summary>
    public List<EditorElement> Fields { get; } = [];
    /// <summary>The nested items of a BagPart, in order.</summary>
    public List<BagItemEditor> BagItems { get; } = [];
    /// <summary>Types a BagPart may contain, with their display names.</summary>
    public List<(string Name, string DisplayName)> ContainedTypes { get; } = [];

    /// <summary>The id of the HTML input for property <paramref name="property"/>.</summary>
    public string InputId(string property) => EditorKinds.HtmlId(Prefix + "." + property);

    public string Key(string property) => Prefix + "." + property;

    public string? Text(string property) => Value?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

/// <summary>One nested item of a BagPart: its position, identity and editors.</summary>
public sealed class BagItemEditor
{
    public required int Position { get; init; }
    public required string Prefix { get; init; }
    public required string ContentItemId { get; init; }
    public required string ContentType { get; init; }
    public required string TypeDisplayName { get; init; }
    public List<EditorElement> Elements { get; } = [];
}

public static class EditorKinds
{
    /// <summary>A part holding fields, each with its own editor.</summary>
    public const string Fields = "Fields";
    /// <summary>A part holding nested items (<see cref="Content.BagPart"/>).</summary>
    public const string Bag = Content.BagPart.TypeName;
    /// <summary>A part or field whose kind has no registered editor: shown read-only and kept as it is.</summary>
    public const string Unknown = "Unknown";

    public static string HtmlId(string key) =>
        "f-" + string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}

/// <summary>The model of an editor view: the element and the form's state (posted values, errors).</summary>
public sealed record ElementView(EditorElement Element, EditorState State)
{
    public IReadOnlyList<string> Errors => State.For(Element.Prefix);
    public bool HasErrors => Errors.Count > 0;
    /// <summary>The value to show in input <paramref name="property"/>: as posted after a refused save, else as stored.</summary>
    public string? Value(string property) => State.Value(Element.Key(property), Element.Text(property));
}
