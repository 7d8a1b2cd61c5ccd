using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Updaters;

public sealed class MarkdownFieldUpdater : IEditorUpdater
{
    public string Kind => "MarkdownField";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Markdown"] = context.Multiline(element.Key("Markdown"));
        return Task.CompletedTask;
    }
}
