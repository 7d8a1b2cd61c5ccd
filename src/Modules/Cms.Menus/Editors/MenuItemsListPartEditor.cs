using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;

namespace Cms.Menus.Editors;

/// <summary>In the item's edit form, the menu's items are summed up with a link to the menu editor; they are kept as they are.</summary>
public sealed class MenuItemsListPartEditor : IContentEditor
{
    public string View => "/Editors/_MenuItemsListPart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target) => Task.CompletedTask;
}
