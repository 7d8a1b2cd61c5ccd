using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;

namespace Cms.ContentFields.Editors;

public sealed class MarkdownFieldEditor : IContentEditor
{
    public string View => "/Editors/_MarkdownField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Markdown"] = context.Multiline(element.Key("Markdown"));
        return Task.CompletedTask;
    }
}
