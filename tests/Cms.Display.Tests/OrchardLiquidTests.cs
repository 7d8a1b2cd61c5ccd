using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Display.Tests;

/// <summary>
/// Orchard Core's Liquid vocabulary in the site's templates: <c>Model.ContentItem</c> as Orchard's (header,
/// <c>Content.&lt;Part&gt;</c>, bag items with their own <c>Content</c> and parts), and the core filters and tags, each
/// rendered by the site's renderer. A filter that cannot do its job renders nothing and logs a warning.
/// </summary>
public sealed class OrchardLiquidTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("cms-orchard-liquid-").FullName;
    private readonly Warnings _warnings = new();

    public OrchardLiquidTests()
    {
        Directory.CreateDirectory(Path.Combine(_themes, "Test", "Views"));
        File.WriteAllText(Path.Combine(_themes, "Test", "theme.json"), """{ "name": "Test", "dsfrVersion": "1.15.3" }""");
        Write("Layout", """<title>{% page_title Site.SiteName, position: "before", separator: " | " %}</title><title>{% page_title "Fin" %}</title><title>{{ "PageTitle" | shape_new | shape_stringify }}</title>{{ Body | raw }}""");
        Write("Content-Service", "[service {{ Model.ContentItem.DisplayText }} {{ Model.DisplayType }}]");
        Write("Bandeau", "<p class=\"{{ Model.Genre | html_class }}\">{{ Model.Titre }}</p>");
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    private void Write(string name, string source) => File.WriteAllText(Path.Combine(_themes, "Test", "Views", name + ".liquid"), source);

    private DisplayHarness Harness() => new(_themes, "Test", services => services.AddLogging(b => b.AddProvider(_warnings)));

    /// <summary>A landing page as Orchard's Agency recipe stores one: a BagPart <c>Services</c> of nested items.</summary>
    private static ContentItem Landing()
    {
        var item = Items.Make("LandingPage", "Agence", path: "agence");
        item.CreatedUtc = new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc);
        item.Part("TitlePart")["Title"] = "Agence";
        item.Part("Services")["ContentItems"] = new JsonArray(
            new JsonObject { ["ContentItemId"] = "s1", ["ContentType"] = "Service", ["DisplayText"] = "E-Commerce", ["Service"] = new JsonObject { ["IconClass"] = new JsonObject { ["Text"] = "fa-shopping-cart" } } },
            new JsonObject { ["ContentItemId"] = "s2", ["ContentType"] = "Service", ["DisplayText"] = "Responsive Design", ["Service"] = new JsonObject { ["IconClass"] = new JsonObject { ["Text"] = "fa-laptop" } } });
        return item;
    }

    private async Task<string> RenderAsync(DisplayHarness harness, string source, ContentItem? item = null, PageMeta? meta = null)
    {
        var store = harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>();
        Assert.True(store.TryParse("Content-LandingPage", source, "test", out var template, out var error), error);
        harness.FluidRenderer.UsePreviewTemplate(template!);
        return (await harness.Renderer.RenderContentAsync(item ?? Landing(), "Detail", meta)).Trim();
    }

    [Fact]
    public async Task Model_ContentItem_reads_as_Orchards_with_Content_and_the_bags_items()
    {
        using var harness = Harness();
        var html = await RenderAsync(harness, """
            {{ Model.ContentItem.ContentType }}|{{ Model.ContentItem.DisplayText }}|{{ Model.ContentItem | display_text }}|{{ Model.ContentItem.Published }}|{{ Model.ContentItem.CreatedUtc }}|{{ Model.ContentItem.Content.TitlePart.Title }}|{{ Model.ContentItem.Content.Services.ContentItems.size }}|{% for s in Model.ContentItem.Content.Services.ContentItems %}[{{ s.DisplayText }} {{ s | display_text }} {{ s.Service.IconClass.Text }} {{ s.Content.Service.IconClass.Text }} {{ s.ContentType }}]{% endfor %}|{{ Model.ContentItem.Services.ContentItems.first.DisplayText }}|{{ Model.ContentItem | display_url }}|{{ Model.ContentItem.ContentItemId.size }}
            """);
        Assert.Equal("LandingPage|Agence|Agence|true|2023-10-18T07:00:00Z|Agence|2|[E-Commerce E-Commerce fa-shopping-cart fa-shopping-cart Service][Responsive Design Responsive Design fa-laptop fa-laptop Service]|E-Commerce|/agence|26", html);
        Assert.Empty(_warnings.Messages);
    }

    [Fact]
    public async Task Text_filters_t_slugify_html_class_sanitize_html_markdownify_raw_cycle_json_and_liquid()
    {
        using var harness = Harness();
        var html = await RenderAsync(harness, """
            {{ "Publié par {0} le {1}" | t: "Anne", "18/10" }}|{{ "Menu" | t }}|{{ "Élève à l'École, 2023 !" | slugify }}|{{ "BlogPost" | html_class }}|{{ "Menu Item" | html_class }}|{{ "<p onclick=\"x()\">ok<script>alert(1)</script></p>" | sanitize_html }}|{{ "**gras**" | markdownify }}|{{ "<b>" | raw }}|{% for i in (1..3) %}{% cycle "a", "b" %}{% endfor %}|{{ Model.ContentItem.Content.TitlePart | json }}|{% assign o = '{"a":{"b":[1,2]}}' | jsonparse %}{{ o.a.b.size }}|{{ "{{ Model.b.size }}" | liquid: o.a }}|{{ "{% if true %}si{% endif %}" | liquid }}
            """);
        Assert.Equal("Publié par Anne le 18/10|Menu|eleve-a-l-ecole-2023|blog-post|menu-item|<p>ok</p>|<p><strong>gras</strong></p>|<b>|aba|{&quot;Title&quot;:&quot;Agence&quot;}|2|2|si", html);
        Assert.Empty(_warnings.Messages);
    }

    [Fact]
    public async Task Dates_local_utc_and_date_time_in_the_sites_time_zone()
    {
        using var harness = Harness();
        var html = await RenderAsync(harness, """
            {{ Model.ContentItem.CreatedUtc | local | date: "%H:%M %z" | raw }}|{{ "2024-01-15T12:00:00Z" | local | date: "%H:%M" }}|{{ "2023-10-18 09:00" | utc | date: "%H:%M %z" | raw }}|{{ Model.ContentItem.CreatedUtc | date_time: format: "d MMMM yyyy HH:mm" }}|{{ "pas une date" | local }}
            """);
        Assert.Equal("09:00 +0200|13:00|07:00 +0000|18 octobre 2023 09:00|", html);
    }

    [Fact]
    public async Task Urls_href_absolute_url_and_append_version()
    {
        using var harness = Harness();
        var assets = harness.Scope.ServiceProvider.GetRequiredService<SiteTheme>().AssetsBaseUrl;
        var html = await RenderAsync(harness, $$$"""
            {{ "~/#services" | href }}|{{ "/a/b" | href }}|{{ "~/agenda" | absolute_url }}|{{ "https://ailleurs.fr/x" | absolute_url }}|{{ "{{{assets}}}/site.css" | append_version }}|{{ "https://cdn.example/x.css" | append_version }}
            """);
        Assert.Equal($"/#services|/a/b|https://exemple.gouv.fr/agenda|https://ailleurs.fr/x|{assets}/site.css|https://cdn.example/x.css", html);
    }

    [Fact]
    public async Task Shapes_render_through_the_display_pipeline_and_a_shape_that_cannot_renders_nothing_with_a_warning()
    {
        using var harness = Harness();
        var html = await RenderAsync(harness, """
            {{ Model.ContentItem.Content.Services.ContentItems.first | shape_render }}|{{ Model.ContentItem.Content.Services.ContentItems[1] | shape_build_display: "Summary" | shape_render }}|{% assign b = "Bandeau" | shape_new: titre: "Bienvenue", genre: "HeroBanner" %}{{ b | shape_properties: titre: "Bonjour" | shape_stringify }}|{{ b.Titre }}|{{ "Inconnu" | shape_new | shape_render }}|{{ "texte" | shape_render }}|{{ "texte" | display_text }}|{{ "{% if %}" | liquid }}|{{ "pas du JSON" | jsonparse }}|{{ "pas une date" | local }}|{{ "" | utc }}|{{ "{{ 1 | divided_by: 0 }}" | liquid }}
            """);
        Assert.Equal("[service E-Commerce Detail]|[service Responsive Design Summary]|<p class=\"hero-banner\">Bonjour</p>|Bonjour||||||||", html);
        // One warning for each filter that could not do its job (an empty date is no mistake).
        Assert.Equal(7, _warnings.Messages.Count);
        Assert.Contains(_warnings.Messages, m => m.Contains("shape_render", StringComparison.Ordinal) && m.Contains("Inconnu", StringComparison.Ordinal));
        Assert.Contains(_warnings.Messages, m => m.Contains("display_text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_rendering_itself_stops_at_the_depth_limit_instead_of_failing_the_page()
    {
        using var harness = Harness();
        var html = await RenderAsync(harness, "x{{ Model.ContentItem | shape_render }}");
        Assert.Equal(new string('x', Cms.Display.Liquid.OrchardLiquidFilters.MaxShapeDepth + 1), html);
        Assert.Single(_warnings.Messages, m => m.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_title_and_the_PageTitle_shape_write_the_pages_title_with_the_segment_before_or_after()
    {
        using var harness = Harness();
        var store = harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>();
        var html = await harness.Renderer.RenderPageAsync("Bandeau", new Dictionary<string, object?> { ["Titre"] = "x" }, new PageMeta { Title = "Atelier <IA>" });
        Assert.Contains("<title>Numérique en Commun[s] | Atelier &lt;IA&gt;</title><title>Atelier &lt;IA&gt; - Fin</title><title>Numérique en Commun[s] - Atelier &lt;IA&gt;</title>", html);
        Assert.NotNull(store.Find("Bandeau"));
    }

    private sealed class Warnings : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();
        public List<string> Messages => [.. Queue];
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(Warnings owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Warning && category.StartsWith("Cms.Display.Liquid", StringComparison.Ordinal)) owner.Queue.Enqueue(formatter(state, exception));
            }
        }
    }
}
