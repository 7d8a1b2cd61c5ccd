using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;

namespace Cms.ContentFields.Editors;

public sealed class TextFieldEditor : IContentEditor
{
    public string View => "/Editors/_TextField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var text = context.Text(element.Key("Text"));
        if (text is null && element.Settings.Get<TextFieldSettings>().Required)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        target["Text"] = text;
        return Task.CompletedTask;
    }
}
