using Cms.Abstractions.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Display;

/// <summary>
/// Contributes entries to the site's main navigation. Modules add their pages with
/// <see cref="NavigationServiceCollectionExtensions.AddNavigationEntry"/>; a provider that reads a menu from the store
/// implements this interface. The site settings' <see cref="SiteSettings.Navigation"/>, when not empty, replaces
/// what the providers give.
/// </summary>
public interface INavigationProvider
{
    IEnumerable<NavigationEntry> GetEntries();
}

/// <summary>A link of the main navigation: its label (French, read by visitors), its site path, its place (ascending).</summary>
public sealed record NavigationEntry(string Label, string Path, int Position);

public static class NavigationServiceCollectionExtensions
{
    /// <summary>Adds a link to the main navigation, e.g. <c>AddNavigationEntry("Agenda", "/agenda", 10)</c>.</summary>
    public static IServiceCollection AddNavigationEntry(this IServiceCollection services, string label, string path, int position) =>
        services.AddSingleton<INavigationProvider>(new FixedNavigationEntry(new NavigationEntry(label, path, position)));

    /// <summary>The links of every provider, by position then label.</summary>
    public static IReadOnlyList<NavigationLink> Build(IEnumerable<INavigationProvider> providers) =>
        providers.SelectMany(p => p.GetEntries())
            .OrderBy(e => e.Position)
            .ThenBy(e => e.Label, StringComparer.Ordinal)
            .Select(e => new NavigationLink(e.Label, e.Path))
            .ToList();

    private sealed class FixedNavigationEntry(NavigationEntry entry) : INavigationProvider
    {
        public IEnumerable<NavigationEntry> GetEntries() => [entry];
    }
}

/// <summary>
/// A navigation read from the store for each page, e.g. a menu that editors build in the back office. The layout asks
/// for <see cref="NavigationMenus.Main"/> (the header's main navigation) and <see cref="NavigationMenus.Footer"/> (the
/// footer's links); the first source that has one wins. Without any, the main navigation falls back to the site
/// settings' <see cref="SiteSettings.Navigation"/>, then to the <see cref="INavigationProvider"/> entries, and the
/// footer to the theme's own links. Register as a scoped or singleton service; a source adds to
/// <see cref="PageMeta.ContentItemIds"/>/<see cref="PageMeta.ContentTypes"/> what it read, so that a change evicts the
/// cached pages that show it (it should add its content type even when it found nothing, so that creating one does).
/// </summary>
public interface INavigationMenuSource
{
    Task<IReadOnlyList<NavigationMenuLink>?> GetAsync(string name, PageMeta meta, CancellationToken cancellationToken);
}

/// <summary>The names of the navigations the layout shows.</summary>
public static class NavigationMenus
{
    public const string Main = "main";
    public const string Footer = "footer";
}

/// <summary>
/// One entry of a navigation menu: a link (<paramref name="Path"/> a site path or an absolute URL, <paramref name="Target"/>
/// e.g. <c>_blank</c>), or sanitized HTML (<paramref name="Html"/>, no path), with its sub-entries (one level in the DSFR header).
/// </summary>
public sealed record NavigationMenuLink(string Label, string? Path, string? Target = null, string? Html = null, IReadOnlyList<NavigationMenuLink>? Children = null);
