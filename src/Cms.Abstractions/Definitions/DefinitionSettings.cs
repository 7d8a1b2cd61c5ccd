using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Abstractions.Definitions;

/// <summary>Reads and writes settings objects keyed by their class name, keeping the properties a class does not declare.</summary>
public static class DefinitionSettings
{
    public static T Get<T>(this JsonObject settings) where T : class, new() =>
        settings[typeof(T).Name] is JsonObject node ? node.Deserialize<T>(ContentElementExtensions.Json) ?? new T() : new T();

    public static JsonObject Merge<T>(this JsonObject settings, T value) where T : class
    {
        if (settings[typeof(T).Name] is not JsonObject target)
        {
            target = new JsonObject();
            settings[typeof(T).Name] = target;
        }
        var source = JsonSerializer.SerializeToNode(value, ContentElementExtensions.Json) as JsonObject ?? new JsonObject();
        foreach (var (name, node) in source.ToList())
        {
            target[name] = node?.DeepClone();
        }
        return settings;
    }
}

public sealed class ContentTypeSettings
{
    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Draftable { get; set; }
    public bool Versionable { get; set; }
    public bool Securable { get; set; }
    public string? Stereotype { get; set; }
    public string? Description { get; set; }
}

public sealed class ContentTypePartSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Position { get; set; }
    public string? Editor { get; set; }
    public string? DisplayMode { get; set; }
}

public sealed class ContentPartSettings
{
    public bool Attachable { get; set; }
    public bool Reusable { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
}

public sealed class ContentPartFieldSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Position { get; set; }
    public string? Editor { get; set; }
    public string? DisplayMode { get; set; }
}

public sealed class BagPartSettings
{
    public string[] ContainedContentTypes { get; set; } = [];
    public string? DisplayType { get; set; }
}

public sealed class ContentPickerFieldSettings
{
    public bool Required { get; set; }
    public bool Multiple { get; set; }
    public string[] DisplayedContentTypes { get; set; } = [];
    public string? Hint { get; set; }
}

public sealed class TextFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class DateTimeFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class LinkFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public string? LinkTextMode { get; set; }
}

public sealed class MediaFieldSettings
{
    public bool Required { get; set; }
    public bool Multiple { get; set; } = true;
    public bool AllowMediaText { get; set; } = true;
    public string? Hint { get; set; }
}

public sealed class MarkdownFieldSettings
{
    public string? Hint { get; set; }
}

public sealed class MultiTextFieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
}

public sealed class AutoroutePartSettings
{
    public bool AllowCustomPath { get; set; } = true;
    /// <summary>
    /// How the path of an item saved without one is made: Orchard's Liquid (<c>{{ Model.ContentItem | display_text | slugify }}</c>),
    /// or, without Liquid, a prefix before the title's slug (<c>agenda/</c>).
    /// </summary>
    public string? Pattern { get; set; }
}

public sealed class TitlePartSettings
{
    public bool Required { get; set; } = true;
}
