using Cms.Abstractions.Modules;
using Cms.Display.Rendering;
using Cms.Display.Themes;

namespace Cms.Display.Tests;

/// <summary>A theme naming a base theme: its own templates, pages and assets first, then the base's; cycles and missing bases refused.</summary>
public sealed class BaseThemeTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("cms-base-theme-").FullName;

    private void Theme(string name, string manifest, params (string File, string Text)[] files)
    {
        var directory = Path.Combine(_themes, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "theme.json"), manifest);
        foreach (var (file, text) in files)
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    private SiteTheme Load(string name) => SiteTheme.Load(new SiteThemeOptions { SiteTheme = name, ThemesPath = _themes }, _themes);

    [Fact]
    public void A_derived_theme_finds_its_own_templates_first_then_its_bases_and_merges_pages_and_assets()
    {
        Theme("Base", """{ "name": "Base", "dsfrVersion": "1.15.3", "pages": { "a": { "template": "PageA", "title": "A" }, "b": { "template": "PageB", "title": "B" } } }""",
            ("Views/Layout.liquid", "base layout"), ("Views/Home.liquid", "base home"), ("wwwroot/assets/site.css", "base"));
        Theme("Child", """{ "name": "Child", "baseTheme": "Base", "pages": { "b": { "template": "ChildB", "title": "B2" } } }""",
            ("Views/Layout.liquid", "child layout"), ("wwwroot/assets/theme.css", "child"));

        var theme = Load("Child");
        using var store = new TemplateStore(theme, new DisplayTemplateOptions().Parser, new SiteThemeOptions(), new EnabledModules([]));

        Assert.EndsWith(Path.Combine("Child", "Views", "Layout.liquid"), store.Find("Layout")!.Origin);
        Assert.EndsWith(Path.Combine("Base", "Views", "Home.liquid"), store.Find("Home")!.Origin);
        Assert.Equal("PageA", theme.Pages["a"].Template);
        Assert.Equal("ChildB", theme.Pages["b"].Template);
        Assert.Equal(2, theme.AssetsDirectories.Count);
        Assert.Equal("/themes/child/1.15.3", theme.DsfrBaseUrl);
        Assert.Equal(Path.Combine(_themes, "Base", "wwwroot", "dsfr"), theme.DsfrDirectory);
    }

    [Fact]
    public void A_missing_base_or_a_cycle_stops_the_start_naming_the_themes()
    {
        Theme("Orphan", """{ "name": "Orphan", "baseTheme": "Nowhere" }""");
        Assert.Contains("Base theme 'Nowhere' of theme 'Orphan' not found", Assert.Throws<InvalidOperationException>(() => Load("Orphan")).Message);

        Theme("One", """{ "name": "One", "baseTheme": "Two" }""");
        Theme("Two", """{ "name": "Two", "baseTheme": "One" }""");
        Assert.Contains("base themes form a cycle (One → Two → One)", Assert.Throws<InvalidOperationException>(() => Load("One")).Message);
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);
}
