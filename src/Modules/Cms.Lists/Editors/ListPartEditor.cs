using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;

namespace Cms.Lists.Editors;

/// <summary>
/// The container's ListPart in its edit form: the items it holds (latest versions, with their state and a link to
/// edit each) and « Ajouter : … » for each contained type. The part itself holds nothing to edit (<c>{}</c>): kept as is.
/// </summary>
public sealed class ListPartEditor : IContentEditor
{
    public string View => "/Editors/_ListPart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target) => Task.CompletedTask;

    /// <summary>The back-office page creating an item of <paramref name="type"/> in the container <paramref name="listId"/>.</summary>
    public static string CreateUrl(string listId, string type) =>
        $"/admin/listes/{Uri.EscapeDataString(listId)}/nouveau/{Uri.EscapeDataString(type)}";
}
