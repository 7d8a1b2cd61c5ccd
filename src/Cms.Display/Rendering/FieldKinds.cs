using System.Text.Json.Nodes;

namespace Cms.Display.Rendering;

/// <summary>The field type of a field object, from its definition or, without one, from its JSON shape (docs/contracts.md §2).</summary>
public static class FieldKinds
{
    public static string? Infer(JsonObject field)
    {
        if (field.ContainsKey("ContentItemIds")) return "ContentPickerField";
        if (field.ContainsKey("Paths")) return "MediaField";
        if (field.ContainsKey("Url")) return "LinkField";
        if (field.ContainsKey("Markdown")) return "MarkdownField";
        if (field.ContainsKey("Values")) return "MultiTextField";
        if (field.ContainsKey("Value")) return "DateTimeField";
        if (field.ContainsKey("Text")) return "TextField";
        return null;
    }
}
