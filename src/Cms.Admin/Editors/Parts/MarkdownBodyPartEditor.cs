using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Parts;

public sealed class MarkdownBodyPartEditor : IContentEditor
{
    public string View => "/Pages/Admin/Editors/_MarkdownBodyPart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Markdown"] = context.Multiline(element.Key("Markdown"));
        return Task.CompletedTask;
    }
}
