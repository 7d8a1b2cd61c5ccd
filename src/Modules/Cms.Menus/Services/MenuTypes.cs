using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Menus.Services;

/// <summary>The names of Orchard Core's menu types and parts, and how their JSON is read and written.</summary>
public static class MenuTypes
{
    public const string Menu = "Menu";
    public const string ItemsPart = "MenuItemsListPart";
    public const string Stereotype = "MenuItem";
    public const string Link = "LinkMenuItem";
    public const string Content = "ContentMenuItem";
    public const string Html = "HtmlMenuItem";
    public const string MainAlias = "main-menu";
    public const string FooterAlias = "footer-menu";

    public static readonly string[] ItemTypes = [Link, Content, Html];

    /// <summary>The nested items of <c>MenuItemsListPart.MenuItems</c> (of a menu or of a menu item).</summary>
    public static List<ContentItem> Items(ContentItem owner) =>
        owner.GetPart(ItemsPart)?["MenuItems"] is JsonArray array
            ? array.OfType<JsonObject>().Select(o => ContentItem.FromJson((JsonObject)o.DeepClone())).ToList()
            : [];

    /// <summary>Replaces the nested items (an item without children keeps no empty list unless it had one).</summary>
    public static void SetItems(ContentItem owner, IEnumerable<ContentItem> items)
    {
        var array = new JsonArray(items.Select(i => (JsonNode)i.ToJson()).ToArray());
        if (array.Count == 0 && owner.GetPart(ItemsPart) is null && owner.ContentType != Menu) return;
        owner.Part(ItemsPart)["MenuItems"] = array;
    }

    public static string? Text(ContentItem item, string part, string property) =>
        item.GetPart(part)?[property] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    /// <summary>The label: DisplayText, else the part's <c>Name</c> (older Orchard recipes).</summary>
    public static string? Label(ContentItem item) =>
        !string.IsNullOrWhiteSpace(item.DisplayText) ? item.DisplayText
        : Text(item, "LinkMenuItemPart", "Name") ?? Text(item, "ContentMenuItemPart", "Name") ?? Text(item, "HtmlMenuItemPart", "Name");

    public static string? SelectedId(ContentItem item) =>
        item.GetPart("ContentMenuItemPart")?["SelectedContentItem"]?["ContentItemIds"] is JsonArray ids
            ? ids.Select(n => n?.GetValue<string>()).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
            : null;

    /// <summary>Orchard's <c>~/path</c> is the site's <c>/path</c>.</summary>
    public static string? SiteUrl(string? url) =>
        url is null ? null : url.StartsWith("~/", StringComparison.Ordinal) ? url[1..] : url;
}
