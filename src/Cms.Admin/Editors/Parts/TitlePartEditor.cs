using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Parts;

/// <summary><c>TitlePart.Title</c>; the content manager keeps DisplayText in step and requires it.</summary>
public sealed class TitlePartEditor : IContentEditor
{
    public string View => "/Pages/Admin/Editors/_TitlePart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Title"] = context.Text(element.Key("Title"));
        return Task.CompletedTask;
    }
}
