using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;

namespace Cms.Admin.Editors.Updaters;

public sealed class TextFieldUpdater : IEditorUpdater
{
    public string Kind => "TextField";

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
