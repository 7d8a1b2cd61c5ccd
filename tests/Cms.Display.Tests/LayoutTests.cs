using AngleSharp.Html.Parser;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Fluid;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Tests;

/// <summary>The DSFR theme's Layout.liquid: head metadata, JSON-LD, navigation, footer.</summary>
public sealed class LayoutTests : IDisposable
{
    private readonly DisplayHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(PageMeta meta)
    {
        var html = await _harness.Renderer.RenderPageAsync("NotFound", null, meta);
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public async Task Canonical_and_opengraph_come_from_the_page_meta()
    {
        var meta = new PageMeta { Title = "Atelier", Description = "Un atelier", CanonicalPath = "/agenda/atelier", Image = "/media/uploads/affiche 1.jpg", OpenGraphType = "article" };
        var document = await RenderAsync(meta);
        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Atelier - Numérique en Commun[s]", document.Title);
        Assert.Equal("https://exemple.gouv.fr/agenda/atelier", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://exemple.gouv.fr/agenda/atelier", document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Equal("article", document.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("Atelier", document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal("Un atelier", document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("https://exemple.gouv.fr/media/uploads/affiche%201.jpg", document.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Json_ld_cannot_break_out_of_its_script_element()
    {
        var meta = new PageMeta { Title = "x" };
        meta.JsonLd.Add("""{"@type":"Event","name":"</script><script>alert(1)</script><!--"}""");
        var html = await _harness.Renderer.RenderPageAsync("NotFound", null, meta);
        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        Assert.DoesNotContain("</script><script>", html);
        var parsed = System.Text.Json.JsonDocument.Parse(scripts[0].TextContent);
        Assert.Equal("</script><script>alert(1)</script><!--", parsed.RootElement.GetProperty("name").GetString());
        Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
    }

    [Fact]
    public async Task A_zone_block_goes_to_the_layouts_zone_in_position_order_and_renders_in_place_outside_a_page()
    {
        var store = _harness.Scope.ServiceProvider.GetRequiredService<Cms.Display.Themes.TemplateStore>();
        Assert.True(store.TryParse("NotFound", """
            <p>corps</p>{% zone "Footer", position: 2 %}<p>deux</p>{% endzone %}{% zone "Header" %}<p>bandeau {{ 1 | plus: 1 }}</p>{% endzone %}{% zone name: "footer", position: "1" %}<p>un</p>{% endzone %}
            """, "test", out var template, out var error), error);
        _harness.FluidRenderer.UsePreviewTemplate(template!);

        var document = new HtmlParser().ParseDocument(await _harness.Renderer.RenderPageAsync("NotFound", null, new PageMeta()));
        var main = document.QuerySelector("main")!;
        Assert.Equal(["bandeau 2", "corps"], main.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal(["un", "deux"], document.QuerySelectorAll("footer .cms-zone-footer p").Select(p => p.TextContent));

        // Without a page (a template rendered on its own), nothing is lost: the block renders where it stands.
        var alone = new Fluid.TemplateContext();
        Assert.Equal("<p>corps</p><p>deux</p><p>bandeau 2</p><p>un</p>", (await template!.Template.RenderAsync(alone, System.Text.Encodings.Web.HtmlEncoder.Default)).Trim());

        Assert.False(store.TryParse("NotFound", "{% zone %}x{% endzone %}", "test", out _, out _));
    }

    [Fact]
    public async Task Navigation_comes_from_the_site_settings_and_marks_the_current_section()
    {
        _harness.Settings.Navigation = [new NavigationLink("Agenda", "/agenda"), new NavigationLink("Thématiques", "/thematiques")];
        var document = await RenderAsync(new PageMeta());
        var links = document.QuerySelectorAll("#navigation-principale a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Agenda", "/agenda"), ("Thématiques", "/thematiques")], links);
    }

    [Fact]
    public async Task Footer_has_the_mandatory_links_and_the_accessibility_status()
    {
        _harness.Settings.AccessibilityStatus = "partiellement conforme";
        var document = await RenderAsync(new PageMeta());
        var footer = document.QuerySelectorAll("#pied-de-page .fr-footer__bottom-link").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Accessibilité : partiellement conforme", "/accessibilite"), footer);
        Assert.Contains(("Mentions légales", "/mentions-legales"), footer);
        Assert.Contains(("Données personnelles", "/donnees-personnelles"), footer);
        Assert.Contains(("Gestion des cookies", "/gestion-des-cookies"), footer);
        Assert.NotNull(document.QuerySelector("button[aria-controls='fr-theme-modal']"));
        Assert.NotNull(document.QuerySelector("dialog#fr-theme-modal input[value=dark]"));
        Assert.NotNull(document.QuerySelector(".fr-skiplinks a[href='#contenu']"));
        Assert.NotNull(document.QuerySelector("main#contenu"));
    }

    [Fact]
    public async Task Breadcrumb_links_every_level_but_the_current_page()
    {
        var meta = new PageMeta();
        meta.Breadcrumbs.Add(new Breadcrumb("Thématiques", "/thematiques"));
        meta.Breadcrumbs.Add(new Breadcrumb("Communs", null));
        var document = await RenderAsync(meta);
        var items = document.QuerySelectorAll(".fr-breadcrumb__link").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Equal([("Accueil", "/", null), ("Thématiques", "/thematiques", null), ("Communs", null, "page")], items);
    }

    [Fact]
    public async Task Dsfr_assets_are_linked_at_their_versioned_path()
    {
        var document = await RenderAsync(new PageMeta());
        Assert.NotNull(document.QuerySelector("link[rel=stylesheet][href='/themes/dsfr/1.15.3/dsfr.min.css']"));
        Assert.NotNull(document.QuerySelector("script[type=module][src='/themes/dsfr/1.15.3/dsfr.module.min.js']"));
        Assert.Matches("^/themes/dsfr/assets/[0-9a-f]{12}/site.css$", document.QuerySelectorAll("link[rel=stylesheet]").Last().GetAttribute("href"));
    }

    [Fact]
    public void Theme_manifest_and_package_agree_on_the_dsfr_version()
    {
        var themes = DisplayHarness.RepositoryThemes;
        var manifest = Cms.Display.Themes.ThemeManifest.Load(Path.Combine(themes, "Dsfr", "theme.json"));
        var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(themes, "Dsfr", "package.json")));
        Assert.Equal(manifest.DsfrVersion, package.RootElement.GetProperty("dependencies").GetProperty("@gouvfr/dsfr").GetString());
        var lockFile = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(themes, "Dsfr", "package-lock.json")));
        Assert.Equal(manifest.DsfrVersion, lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/@gouvfr/dsfr").GetProperty("version").GetString());
    }
}
