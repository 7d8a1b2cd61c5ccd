using System.Text.Json.Nodes;

namespace Cms.Admin.Editors.Updaters;

/// <summary>
/// <c>AutoroutePart.Path</c> as typed, without its slashes; left empty, the content manager suggests it from the
/// title. Uniqueness is checked by the content manager on save (error on <c>AutoroutePart.Path</c>).
/// </summary>
public sealed class AutoroutePartUpdater : IEditorUpdater
{
    public string Kind => "AutoroutePart";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var path = context.Text(element.Key("Path"))?.Trim('/');
        target["Path"] = string.IsNullOrEmpty(path) ? null : path;
        return Task.CompletedTask;
    }
}
