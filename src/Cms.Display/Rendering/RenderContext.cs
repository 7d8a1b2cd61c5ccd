using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display.Caching;
using Cms.Display.Themes;

namespace Cms.Display.Rendering;

/// <summary>What every template of one request sees besides its model: <c>Site</c>, <c>Meta</c>, <c>Page</c> (absolute
/// URLs and safe JSON-LD computed from Meta, the main navigation), <c>Request</c> and <c>Theme</c>.
/// <see cref="Navigation"/> is what the modules' <see cref="INavigationProvider"/>s contribute; <see cref="Menus"/> the
/// navigations the <see cref="INavigationMenuSource"/>s found, by name (<see cref="NavigationMenus"/>).</summary>
public sealed record RenderContext(SiteSettings Site, PageMeta Meta, RequestInfo Request, SiteTheme Theme, IReadOnlyList<NavigationLink> Navigation,
    IReadOnlyDictionary<string, IReadOnlyList<NavigationMenuLink>>? Menus = null);

public sealed record RequestInfo(string Path, string? Origin);

/// <summary>Values the layout needs, computed in code so that templates stay simple and safe.</summary>
public static class PageValues
{
    public static Dictionary<string, object?> For(RenderContext context)
    {
        var meta = context.Meta;
        var site = context.Site;
        var baseUrl = (site.BaseUrl ?? context.Request.Origin ?? "").TrimEnd('/');
        var title = string.IsNullOrWhiteSpace(meta.Title) || meta.Title == site.SiteName ? site.SiteName : $"{meta.Title} - {site.SiteName}";
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Title"] = title,
            ["CanonicalUrl"] = meta.CanonicalPath is { } path ? KeptAbsolute(baseUrl, path) : null,
            ["ImageUrl"] = meta.Image is { Length: > 0 } image ? KeptAbsolute(baseUrl, image) : null,
            ["JsonLd"] = meta.JsonLd.Select(JsonLdScript.Escape).ToList(),
            ["Navigation"] = context.Menus?.GetValueOrDefault(NavigationMenus.Main) is { } main
                ? KeptNavigation(main, context.Request.Path)
                : context.Site.Navigation.Count > 0
                    ? KeptNavigation(SettingsMainMenu(context.Site.Navigation), context.Request.Path)
                    : Navigation(DefaultMainMenu(context), context.Request.Path),
            // Null when no source has footer links: the theme shows its own.
            ["FooterLinks"] = context.Menus?.GetValueOrDefault(NavigationMenus.Footer) is { } footer ? KeptNavigation(footer, context.Request.Path) : null,
        };
    }

    /// <summary>Without a menu source's main navigation nor the site settings' one: the modules' entries.</summary>
    private static List<NavigationMenuLink> DefaultMainMenu(RenderContext context) =>
        context.Navigation.Select(l => new NavigationMenuLink(l.Label, l.Path)).ToList();

    /// <summary>
    /// The site settings' main navigation as menu links, the same instance for as long as the settings' list holds the
    /// same links (the settings are parsed once per change and shared by the requests), so that its
    /// <see cref="KeptNavigation"/>, and the layout's parts built from it, are kept too; made again when they differ.
    /// </summary>
    private static List<NavigationMenuLink> SettingsMainMenu(List<NavigationLink> links)
    {
        if (KeptSettingsMenus.TryGetValue(links, out var kept) && kept.Source.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(links))) return kept.Menu;
        kept = new KeptSettingsMenu([.. links], links.Select(l => new NavigationMenuLink(l.Label, l.Path)).ToList());
        KeptSettingsMenus.AddOrUpdate(links, kept);
        return kept.Menu;
    }

    private sealed record KeptSettingsMenu(NavigationLink[] Source, List<NavigationMenuLink> Menu);

    private static readonly ConditionalWeakTable<List<NavigationLink>, KeptSettingsMenu> KeptSettingsMenus = new();

    /// <summary>
    /// The links as the layout reads them (Label, Path, Target, Html, Children, Current, HasCurrent): the link the
    /// request's path is under (the longest, at any level) is <c>Current</c>, its parent <c>HasCurrent</c>.
    /// </summary>
    private static List<Dictionary<string, object?>> Navigation(IReadOnlyList<NavigationMenuLink> links, string requestPath)
    {
        var current = CurrentLink(links, requestPath);
        return links.Select(l => Link(l, current)).ToList();
    }

    /// <summary>
    /// <see cref="Navigation"/> of links a menu source keeps between changes: the same links with the same current
    /// link read the same, so they are built once and shared by the requests (templates only read them), and found
    /// again by the request's path (for at most <see cref="MaxKeptPaths"/> paths a set of links) without looking for
    /// the current link. The table holds the links weakly: links a source built for one request are not kept.
    /// </summary>
    private static KeptLinks KeptNavigation(IReadOnlyList<NavigationMenuLink> links, string requestPath)
    {
        var kept = KeptNavigations.GetValue(links, _ => new KeptNavigationsOf());
        return kept.ByPath.GetOrAdd(requestPath, () =>
        {
            var current = CurrentLink(links, requestPath);
            return kept.ByCurrent.GetOrAdd(current ?? NoCurrentLink, _ => [.. links.Select(l => Link(l, current))]);
        });
    }

    public const int MaxKeptPaths = 4096;

    /// <summary>Whether <paramref name="value"/> is links <see cref="KeptNavigation"/> built: the same instance for the
    /// same kept links and current link, so that the layout's parts built from them can be kept too (<see cref="KeptParts"/>).</summary>
    public static bool IsKept(object? value) => value is KeptLinks;

    private sealed class KeptLinks : List<Dictionary<string, object?>>;

    private sealed class KeptNavigationsOf
    {
        public readonly ConcurrentDictionary<object, KeptLinks> ByCurrent = new(ReferenceEqualityComparer.Instance);
        public readonly BoundedTable<KeptLinks> ByPath = new(MaxKeptPaths);
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<NavigationMenuLink>, KeptNavigationsOf> KeptNavigations = new();
    private static readonly object NoCurrentLink = new();

    private static NavigationMenuLink? CurrentLink(IReadOnlyList<NavigationMenuLink> links, string requestPath) =>
        links.SelectMany(l => (l.Children ?? []).Prepend(l))
            .Where(l => l.Path is { Length: > 0 } path && IsUnder(requestPath, path))
            .OrderByDescending(l => l.Path!.Length)
            .FirstOrDefault();

    private static Dictionary<string, object?> Link(NavigationMenuLink link, NavigationMenuLink? current)
    {
        var children = (link.Children ?? []).Select(c => Link(c, current)).ToList();
        return new Dictionary<string, object?>
        {
            ["Label"] = link.Label,
            ["Path"] = link.Path,
            ["Target"] = link.Target,
            ["Html"] = link.Html,
            ["Children"] = children,
            ["Current"] = ReferenceEquals(link, current),
            ["HasCurrent"] = children.Any(c => c["Current"] is true),
        };
    }

    private static bool IsUnder(string requestPath, string linkPath)
    {
        var link = "/" + linkPath.Trim('/');
        var path = "/" + requestPath.Trim('/');
        return link == "/" ? path == "/" : path == link || path.StartsWith(link + "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><see cref="Absolute"/> found again for the same base URL and path (at most <see cref="MaxKeptPaths"/> of
    /// them) instead of parsed through <see cref="Uri"/> for every page.</summary>
    private static string KeptAbsolute(string baseUrl, string pathOrUrl) =>
        KeptAbsoluteUrls.GetOrAdd(string.Concat(baseUrl.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ":", baseUrl, pathOrUrl),
            () => Absolute(baseUrl, pathOrUrl));

    private static readonly BoundedTable<string> KeptAbsoluteUrls = new(MaxKeptPaths);

    public static string Absolute(string baseUrl, string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }
        var relative = "/" + pathOrUrl.TrimStart('/');
        // Through Uri, so that spaces and other characters a path may hold are escaped (already escaped ones stay).
        return Uri.TryCreate(baseUrl + "/", UriKind.Absolute, out var root) && Uri.TryCreate(root, relative, out var combined)
            ? combined.AbsoluteUri
            : baseUrl + relative;
    }
}

/// <summary>JSON put inside a <c>script</c> element: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become <c>\u003c</c>… so
/// that no <c>&lt;/script&gt;</c> or comment in the data can end the element. They can only occur inside JSON strings,
/// where the escapes mean the same characters.</summary>
public static class JsonLdScript
{
    public static string Escape(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
