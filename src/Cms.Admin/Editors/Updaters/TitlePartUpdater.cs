using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Updaters;

/// <summary><c>TitlePart.Title</c>; the content manager keeps DisplayText in step and requires it.</summary>
public sealed class TitlePartUpdater : IEditorUpdater
{
    public string Kind => "TitlePart";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Title"] = context.Text(element.Key("Title"));
        return Task.CompletedTask;
    }
}
