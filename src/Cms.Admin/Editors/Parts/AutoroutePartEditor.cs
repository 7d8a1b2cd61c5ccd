using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Parts;

/// <summary>
/// <c>AutoroutePart.Path</c> as typed, without its slashes; left empty, the content manager suggests it from the
/// title. Uniqueness is checked by the content manager on save (error on <c>AutoroutePart.Path</c>).
/// </summary>
public sealed class AutoroutePartEditor : IContentEditor
{
    public string View => "/Pages/Admin/Editors/_AutoroutePart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var path = context.Text(element.Key("Path"))?.Trim('/');
        target["Path"] = string.IsNullOrEmpty(path) ? null : path;
        return Task.CompletedTask;
    }
}
