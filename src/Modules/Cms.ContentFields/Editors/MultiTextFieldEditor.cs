using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;

namespace Cms.ContentFields.Editors;

/// <summary>Tags: values separated by commas, semicolons or line ends (or posted one per input), trimmed, without duplicates.</summary>
public sealed class MultiTextFieldEditor : IContentEditor
{
    public string View => "/Editors/_MultiTextField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var values = Split(context.Values(element.Key("Values")));
        if (values.Count == 0 && element.Settings.Get<MultiTextFieldSettings>().Required)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        target["Values"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        return Task.CompletedTask;
    }

    public static List<string> Split(IEnumerable<string> posted) =>
        posted.SelectMany(p => p.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
