using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Admin;
using Cms.Admin.Navigation;
using Cms.Abstractions.Data;

namespace Cms.AdminMenu.Services;

/// <summary>
/// The enabled admin menus' links for the back office's navigation. Orchard's URLs are relative to the site and name
/// its own admin pages: <c>Admin/Contents/ContentItems/{id}/Edit</c> (or <c>/Display</c>) leads to our item's edit page,
/// <c>Admin/Contents/ContentItems</c> to the content list; another relative URL is taken from the site's root, an
/// absolute http(s) one as it is, anything else (<c>javascript:</c>…) is not shown.
/// </summary>
public sealed partial class AdminMenuNodes(IDocumentStore documents) : IAdminNavigationSource
{
    private const string LinkKind = "LinkAdminNode", PlaceholderKind = "PlaceholderAdminNode";

    public async Task<IReadOnlyList<AdminNavigationLink>> GetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<AdminMenuDocument>(AdminMenuDocument.DocumentName, cancellationToken);
        return [.. document.Menus.Where(Enabled).SelectMany(m => Links(m["MenuItems"] as JsonArray))];
    }

    /// <summary>The node kinds of <paramref name="items"/> (at any depth) that are not shown.</summary>
    public static IEnumerable<string> UnshownKinds(JsonArray? items) =>
        (items ?? []).OfType<JsonObject>()
            .SelectMany(n => (Kind(n) is LinkKind or PlaceholderKind ? [] : new[] { Kind(n) }).Concat(UnshownKinds(n["Items"] as JsonArray)))
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<AdminNavigationLink> Links(JsonArray? items)
    {
        foreach (var node in (items ?? []).OfType<JsonObject>().Where(Enabled))
        {
            var kind = Kind(node);
            if (kind is not (LinkKind or PlaceholderKind)) continue;
            var text = node["LinkText"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node["LinkText"]!.GetValue<string>().Trim() : "";
            if (text.Length == 0) continue;
            var children = Links(node["Items"] as JsonArray).ToList();
            var url = kind == LinkKind ? Url(node["LinkUrl"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node["LinkUrl"]!.GetValue<string>() : null) : "";
            if (url is null || (url.Length == 0 && children.Count == 0)) continue;
            yield return new AdminNavigationLink(text, url, children);
        }
    }

    /// <summary>Our URL for an Orchard admin menu link, or null when it cannot be shown.</summary>
    public static string? Url(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        var url = link.Trim();
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return url;
        if (url.StartsWith("~/", StringComparison.Ordinal)) url = url[1..];
        if (!url.StartsWith('/')) url = "/" + url;
        if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':') || url.Any(char.IsControl)) return null;
        if (ContentItemPage().Match(url) is { Success: true } item) return AdminRoutes.Edit(item.Groups[1].Value);
        if (ContentItemsPage().IsMatch(url)) return AdminRoutes.Root;
        return url;
    }

    private static string Kind(JsonObject node)
    {
        var type = node["$type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node["$type"]!.GetValue<string>() : "";
        var name = type.Split(',')[0].Trim();
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static bool Enabled(JsonObject node) => node["Enabled"] is not JsonValue v || !v.TryGetValue<bool>(out var enabled) || enabled;

    [GeneratedRegex(@"^/admin/contents/contentitems/([A-Za-z0-9]+)/(edit|display)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentItemPage();

    [GeneratedRegex(@"^/admin/contents/contentitems/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentItemsPage();
}
