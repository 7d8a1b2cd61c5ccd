using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display.Rendering;
using Cms.Display.Themes;

namespace Cms.Display.Tests;

/// <summary>The layout's <c>Page</c> values: the site settings' main navigation kept between requests while it holds the same links.</summary>
public sealed class PageValuesTests
{
    private static readonly SiteTheme Theme = new(Path.Combine(Path.GetTempPath(), "cms-no-theme"), new ThemeManifest { Name = "Test" });

    private static object? NavigationOf(SiteSettings site, string path) =>
        PageValues.For(new RenderContext(site, new PageMeta(), new RequestInfo(path, "https://exemple.fr"), Theme, []))["Navigation"];

    [Fact]
    public void The_settings_navigation_is_one_kept_instance_per_links_and_path_and_is_made_again_when_the_links_change()
    {
        var site = new SiteSettings { Navigation = [new NavigationLink("Accueil", "/"), new NavigationLink("Agenda", "/agenda")] };

        var first = NavigationOf(site, "/agenda");
        Assert.True(PageValues.IsKept(first));
        Assert.Same(first, NavigationOf(site, "/agenda"));
        var links = Assert.IsAssignableFrom<IReadOnlyList<Dictionary<string, object?>>>(first);
        Assert.Equal([false, true], links.Select(l => l["Current"]));
        Assert.NotSame(first, NavigationOf(site, "/"));

        // The same list changed in place: its links are read again.
        site.Navigation[1] = new NavigationLink("Évènements", "/agenda");
        var changed = Assert.IsAssignableFrom<IReadOnlyList<Dictionary<string, object?>>>(NavigationOf(site, "/agenda"));
        Assert.NotSame(first, changed);
        Assert.Equal(["Accueil", "Évènements"], changed.Select(l => l["Label"]));
        Assert.Equal([false, true], changed.Select(l => l["Current"]));
    }

    [Fact]
    public void Without_settings_navigation_the_modules_entries_are_shown()
    {
        var values = PageValues.For(new RenderContext(new SiteSettings(), new PageMeta(), new RequestInfo("/", null), Theme,
            [new NavigationLink("Recherche", "/recherche")]));
        var links = Assert.IsAssignableFrom<IReadOnlyList<Dictionary<string, object?>>>(values["Navigation"]);
        Assert.Equal(["Recherche"], links.Select(l => l["Label"]));
    }
}
