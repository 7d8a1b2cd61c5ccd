using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Microsoft.AspNetCore.Http;

namespace Cms.Menus.Services;

/// <summary>
/// The menu editor's form, which works without JavaScript: every item's inputs are named <c>m[{path}].{Property}</c>
/// (path <c>2</c> for a top-level item, <c>2.0</c> for its first child), <c>paths</c> lists them in order, and the
/// submit button <c>action</c> says what to do: <c>add|LinkMenuItem</c>, <c>remove|2.0</c>, <c>up|1</c>, <c>down|1</c>,
/// <c>indent|2</c> (under the previous item), <c>outdent|2.0</c>, <c>save</c>, <c>publish</c>.
/// </summary>
public static class MenuEditing
{
    public sealed record Node(ContentItem Item, List<Node> Children);

    public static List<Node> Tree(ContentItem menu) =>
        MenuTypes.Items(menu).Select(i => new Node(i, MenuTypes.Items(i).Select(c => new Node(c, [])).ToList())).ToList();

    /// <summary>Writes the tree back into the menu's <c>MenuItemsListPart</c>.</summary>
    public static void Store(ContentItem menu, List<Node> tree)
    {
        foreach (var node in tree) MenuTypes.SetItems(node.Item, node.Children.Select(c => c.Item));
        MenuTypes.SetItems(menu, tree.Select(n => n.Item));
    }

    /// <summary>
    /// The tree as posted: each item found by its id among the stored ones (so properties the form does not show
    /// are kept), its inputs applied; the French errors keyed by path.
    /// </summary>
    public static async Task<List<Node>> ReadAsync(ContentItem stored, IFormCollection form, Func<string, Task<ContentItem?>> findByPath,
        Func<string?, string> sanitize, Dictionary<string, string> errors)
    {
        var known = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var node in Tree(stored))
        {
            known[node.Item.ContentItemId] = node.Item;
            foreach (var child in node.Children) known[child.Item.ContentItemId] = child.Item;
        }
        var tree = new List<Node>();
        foreach (var path in form["paths"].Select(p => p ?? ""))
        {
            string Value(string property) => form[$"m[{path}].{property}"].ToString().Trim();
            var id = Value("Id");
            var type = Value("Type");
            if (!MenuTypes.ItemTypes.Contains(type)) continue;
            var item = known.TryGetValue(id, out var existing) && existing.ContentType == type
                ? existing
                : new ContentItem { ContentItemId = id.Length == 26 && id.All(char.IsAsciiLetterOrDigit) ? id : IdGenerator.NewId(), ContentType = type };
            var label = Value("Label");
            item.DisplayText = label.Length == 0 ? null : label;
            switch (type)
            {
                case MenuTypes.Link:
                    var url = Value("Url");
                    if (label.Length == 0) errors[path] = "« Libellé » est obligatoire pour un lien.";
                    else if (url.Length == 0) errors[path] = $"« Adresse » est obligatoire pour le lien « {label} ».";
                    else if (Cms.Display.Liquid.DisplayFilters.SafeUrl(url).Length == 0) errors[path] = $"« Adresse » du lien « {label} » : « {url} » n'est pas une adresse qu'un navigateur peut ouvrir (https://…, mailto:… ou un chemin du site).";
                    var link = item.Part("LinkMenuItemPart");
                    link["Name"] = label;
                    link["Url"] = url;
                    link["Target"] = Value("Target") == "_blank" ? "_blank" : null;
                    if (link["Target"] is null) link.Remove("Target");
                    break;
                case MenuTypes.Content:
                    var address = Value("Path");
                    var target = address.Length == 0 ? null : await findByPath(address.Trim('/'));
                    if (target is null) errors[path] = address.Length == 0
                        ? "« Adresse du contenu » est obligatoire pour un lien vers un contenu."
                        : $"« Adresse du contenu » : aucune page publiée à l'adresse « {address} ».";
                    else item.Part("ContentMenuItemPart")["SelectedContentItem"] = new JsonObject { ["ContentItemIds"] = new JsonArray(target.ContentItemId) };
                    break;
                case MenuTypes.Html:
                    var clean = sanitize(form[$"m[{path}].Html"].ToString());
                    if (string.IsNullOrWhiteSpace(clean)) errors[path] = "« HTML » est obligatoire pour un élément HTML.";
                    item.Part("HtmlMenuItemPart")["Html"] = clean;
                    break;
            }
            var node = new Node(item, []);
            var dot = path.IndexOf('.');
            if (dot > 0 && tree.Count > 0) tree[^1].Children.Add(node);
            else tree.Add(node);
        }
        return tree;
    }

    /// <summary>Applies a structural action; false when it is unknown.</summary>
    public static bool Apply(List<Node> tree, string action)
    {
        var parts = action.Split('|');
        if (parts is ["add", var type] && MenuTypes.ItemTypes.Contains(type))
        {
            tree.Add(new Node(new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = type }, []));
            return true;
        }
        if (parts.Length != 2) return false;
        var (list, index, parent) = Locate(tree, parts[1]);
        if (index < 0) return false;
        var node = list[index];
        switch (parts[0])
        {
            case "remove": list.RemoveAt(index); return true;
            case "up": if (index > 0) (list[index - 1], list[index]) = (list[index], list[index - 1]); return true;
            case "down": if (index < list.Count - 1) (list[index + 1], list[index]) = (list[index], list[index + 1]); return true;
            case "indent" when parent is null && index > 0 && node.Children.Count == 0:
                list.RemoveAt(index);
                list[index - 1].Children.Add(node);
                return true;
            case "outdent" when parent is not null:
                list.RemoveAt(index);
                tree.Insert(tree.IndexOf(parent) + 1, node);
                return true;
            default: return parts[0] is "indent";
        }
    }

    private static (List<Node> List, int Index, Node? Parent) Locate(List<Node> tree, string path)
    {
        var steps = path.Split('.');
        if (!int.TryParse(steps[0], out var top) || top < 0 || top >= tree.Count) return (tree, -1, null);
        if (steps.Length == 1) return (tree, top, null);
        var parent = tree[top];
        return steps.Length == 2 && int.TryParse(steps[1], out var child) && child >= 0 && child < parent.Children.Count
            ? (parent.Children, child, parent)
            : (tree, -1, null);
    }
}
