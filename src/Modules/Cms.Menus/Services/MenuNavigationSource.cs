using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Alias.Models;
using Cms.Display.Caching;
using Cms.Display.Markdown;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Menus.Services;

/// <summary>
/// The header's main navigation from the published menu aliased <c>main-menu</c>, the footer's links from
/// <c>footer-menu</c>; null when there is none (the layout's fallback then applies). A content menu item follows its
/// item's current path and is left out while that item is not published; HTML items are sanitized. The page records
/// the <c>Menu</c> type, the menu and the linked items, so that publishing any of them evicts it from the output cache.
/// The links are kept until the next content change (<see cref="MenuLinksCache"/>); what builds them (the alias lookup
/// and its database context…) is only resolved when they are built.
/// </summary>
public sealed class MenuNavigationSource(IServiceProvider services, MenuLinksCache kept) : INavigationMenuSource
{
    private PublishedContent Published => services.GetRequiredService<PublishedContent>();

    public async Task<IReadOnlyList<NavigationMenuLink>?> GetAsync(string name, PageMeta meta, CancellationToken cancellationToken)
    {
        if (kept.TryGet(name, meta, out var links)) return links;
        var generation = kept.Generation;
        // What the build records goes to a page meta of its own first, so that it can be kept with the links.
        var recorded = new PageMeta();
        links = await BuildAsync(name, recorded, cancellationToken);
        kept.Store(name, generation, links, recorded);
        meta.ContentTypes.UnionWith(recorded.ContentTypes);
        meta.ContentItemIds.UnionWith(recorded.ContentItemIds);
        return links;
    }

    private async Task<IReadOnlyList<NavigationMenuLink>?> BuildAsync(string name, PageMeta meta, CancellationToken cancellationToken)
    {
        var alias = name switch { NavigationMenus.Main => MenuTypes.MainAlias, NavigationMenus.Footer => MenuTypes.FooterAlias, _ => null };
        if (alias is null) return null;
        meta.ContentTypes.Add(MenuTypes.Menu);
        if (await services.GetRequiredService<IAliasLookup>().GetPublishedIdAsync(alias, cancellationToken) is not { } id) return null;
        var menu = (await Published.GetManyAsync([id], cancellationToken)).FirstOrDefault();
        if (menu is null || menu.ContentType != MenuTypes.Menu) return null;
        meta.ContentItemIds.Add(menu.ContentItemId);
        return await LinksAsync(MenuTypes.Items(menu), meta, depth: 0, cancellationToken);
    }

    private async Task<IReadOnlyList<NavigationMenuLink>> LinksAsync(List<ContentItem> items, PageMeta meta, int depth, CancellationToken cancellationToken)
    {
        var targets = (await Published.GetManyAsync(items.Select(MenuTypes.SelectedId).OfType<string>(), cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var links = new List<NavigationMenuLink>();
        foreach (var item in items)
        {
            // The DSFR header shows one level of sub-entries.
            var children = depth == 0 ? await LinksAsync(MenuTypes.Items(item), meta, depth + 1, cancellationToken) : [];
            var label = MenuTypes.Label(item);
            switch (item.ContentType)
            {
                case MenuTypes.Link:
                    links.Add(new NavigationMenuLink(label ?? "", MenuTypes.SiteUrl(MenuTypes.Text(item, "LinkMenuItemPart", "Url")),
                        MenuTypes.Text(item, "LinkMenuItemPart", "Target"), null, children));
                    break;
                case MenuTypes.Content when MenuTypes.SelectedId(item) is { } targetId:
                    meta.ContentItemIds.Add(targetId);
                    if (!targets.TryGetValue(targetId, out var target)) break;
                    var path = "/" + (target.As<AutoroutePart>()?.Path ?? "").Trim('/');
                    links.Add(new NavigationMenuLink(label ?? target.DisplayText ?? "", path, null, null, children));
                    break;
                case MenuTypes.Html:
                    var clean = services.GetRequiredService<MarkdownService>().SanitizeHtml(MenuTypes.Text(item, "HtmlMenuItemPart", "Html"));
                    if (!string.IsNullOrWhiteSpace(clean)) links.Add(new NavigationMenuLink(label ?? "", null, null, clean, children));
                    break;
            }
        }
        return links;
    }
}
