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
