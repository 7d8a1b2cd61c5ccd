using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Updaters;

public sealed class MarkdownBodyPartUpdater : IEditorUpdater
{
    public string Kind => "MarkdownBodyPart";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Markdown"] = context.Multiline(element.Key("Markdown"));
        return Task.CompletedTask;
    }
}
