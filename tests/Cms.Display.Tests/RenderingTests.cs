using Cms.Abstractions.ContentKinds;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Tests;

public sealed class RenderingTests : IDisposable
{
    private readonly string _themes = Path.Combine(Path.GetTempPath(), "cms-themes-" + Guid.NewGuid().ToString("N"));

    public RenderingTests()
    {
        Directory.CreateDirectory(Path.Combine(_themes, "Test", "Views"));
        File.WriteAllText(Path.Combine(_themes, "Test", "theme.json"), """{ "name": "Test", "dsfrVersion": "1.15.3" }""");
        Write("Layout", "<html lang=\"fr\"><title>{{ Page.Title }}</title><body>{{ Body | raw }}</body></html>");
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    private void Write(string name, string source) => File.WriteAllText(Path.Combine(_themes, "Test", "Views", name + ".liquid"), source);

    /// <summary>The types the tests render: a field's kind is the one its definition gives (nothing is guessed from JSON).</summary>
    private DisplayHarness Harness() => new(_themes, "Test", services => services.AddSingleton<IContentDefinitionManager>(TestTypes()));

    private static InMemoryDefinitions TestTypes()
    {
        var definitions = new InMemoryDefinitions();
        definitions.AlterPartDefinitionAsync("Theme", p => p.WithField("Summary", f => f.OfType("TextField")));
        definitions.AlterTypeDefinitionAsync("Theme", t => t.WithPart("TitlePart").WithPart("MarkdownBodyPart").WithPart("Theme"));
        definitions.AlterPartDefinitionAsync("InfoField", p => p.WithField("Label", f => f.OfType("TextField")));
        definitions.AlterTypeDefinitionAsync("InfoField", t => t.WithPart("InfoField"));
        definitions.AlterTypeDefinitionAsync("Event", t => t.WithPart("TitlePart").WithPart("MarkdownBodyPart")
            .WithPart("InfoFields", "BagPart", p => p.WithSettings(new BagPartSettings { ContainedContentTypes = ["InfoField"] })));
        definitions.AlterPartDefinitionAsync("Partner", p => p
            .WithField("Website", f => f.OfType("LinkField")).WithField("Unsafe", f => f.OfType("LinkField"))
            .WithField("Logo", f => f.OfType("MediaField")).WithField("Note", f => f.OfType("MarkdownField"))
            .WithField("Since", f => f.OfType("DateTimeField")).WithField("Tags", f => f.OfType("MultiTextField"))
            .WithField("Motto", f => f.OfType("TextField")).WithField("Snippet", f => f.OfType("HtmlField"))
            .WithField("Budget", f => f.OfType("NumericField").WithSettings(new Cms.ContentFields.Fields.NumericFieldSettings { Scale = 2 }))
            .WithField("Open", f => f.OfType("BooleanField").WithDisplayName("Ouvert au public"))
            .WithField("Guessed", f => f.OfType("UnknownKindField")));
        definitions.AlterTypeDefinitionAsync("Partner", t => t.WithPart("TitlePart").WithPart("MarkdownBodyPart").WithPart("Partner"));
        return definitions;
    }

    [Fact]
    public async Task Most_specific_alternate_wins()
    {
        Write("Content-Event.Detail", "event-detail:{{ Model.DisplayText }}");
        Write("Content-Event", "event-any");
        Write("Content.Detail", "content-detail");
        using var harness = Harness();
        var html = await harness.Renderer.RenderContentAsync(Items.Make("Event", "Atelier"), "Detail");
        Assert.Equal("event-detail:Atelier", html.Trim());
    }

    [Fact]
    public async Task Type_template_is_used_for_any_display_type_without_a_more_specific_one()
    {
        Write("Content-Event", "event-any:{{ Model.DisplayType }}");
        Write("Content.Summary", "content-summary");
        using var harness = Harness();
        Assert.Equal("event-any:Summary", (await harness.Renderer.RenderContentAsync(Items.Make("Event", "A"), "Summary")).Trim());
    }

    [Fact]
    public async Task Missing_type_template_falls_back_to_display_type_then_content()
    {
        Write("Content.Summary", "content-summary:{{ Model.DisplayText }}");
        using var harness = Harness();
        Assert.Equal("content-summary:Atelier", (await harness.Renderer.RenderContentAsync(Items.Make("Theme", "Atelier"), "Summary")).Trim());
        // No Content.Detail nor Content in the theme: the generic Content.liquid embedded in Cms.Display.
        var detail = await harness.Renderer.RenderContentAsync(Items.Make("Theme", "Atelier", markdown: "Texte **gras**"), "Detail");
        Assert.Contains("<article class=\"cms-content cms-content--theme\">", detail);
        Assert.Contains("<h1 class=\"cms-title\">Atelier</h1>", detail);
        Assert.Contains("<strong>gras</strong>", detail);
    }

    [Fact]
    public async Task Json_nodes_are_read_naturally()
    {
        Write("Content-Event", "{{ Model.ContentItem.Event.Venue.Text }}|{{ Model.ContentItem.Event.Images.Paths.size }}|{% for p in Model.ContentItem.Event.Images.Paths %}[{{ p }}]{% endfor %}|{{ Model.ContentItem.Event.Images.Paths[1] }}|{{ Model.ContentItem.Published }}|{{ Model.ContentItem.Event.Count | plus: 1 }}");
        var item = Items.Make("Event", "A");
        item.Part("Event")["Venue"] = new JsonObject { ["Text"] = "Palais de la Bourse" };
        item.Part("Event")["Images"] = new JsonObject { ["Paths"] = new JsonArray("a.jpg", "b.jpg") };
        item.Part("Event")["Count"] = 41;
        using var harness = Harness();
        Assert.Equal("Palais de la Bourse|2|[a.jpg][b.jpg]|b.jpg|true|42", (await harness.Renderer.RenderContentAsync(item, "Detail")).Trim());
    }

    [Fact]
    public async Task Values_are_html_encoded_unless_raw()
    {
        Write("Content", "{{ Model.DisplayText }}");
        using var harness = Harness();
        var html = await harness.Renderer.RenderContentAsync(Items.Make("Event", "<script>alert(1)</script>"), "Detail");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task A_part_driver_fills_its_shapes_and_placement_rules_move_or_hide_shapes_per_type_and_display_type()
    {
        const string zones = "[{% for s in Model.Zones.Content %}{{ s | raw }}|{% endfor %}][{% for s in Model.Zones.Aside %}{{ s | raw }}|{% endfor %}]";
        Write("Content", zones);
        Write("Content.Summary", zones);
        Write("Theme", "theme:{{ Model.Extra }}");
        Write("ThemeNote", "note:{{ Model.Extra }}");
        Write("Content-Event-TitlePart", "titre d'évènement");
        Write("TitlePart", "titre");
        using var harness = new DisplayHarness(_themes, "Test", services =>
        {
            services.AddSingleton<IContentDefinitionManager>(TestTypes());
            services.AddContentPart("Theme", typeof(object)).UseDisplayDriver<ExtraDriver>();
            services.AddShapePlacement("ThemeNote", "Aside:1", "Detail", "Theme");
            services.AddShapePlacement("Theme-Summary", ShapePlacementRule.Hidden);
            services.AddShapePlacement("TitlePart", ShapePlacementRule.Hidden, "Summary", "Theme");
        });
        var theme = Items.Make("Theme", "Communs");
        theme.Part("Theme")["Summary"] = new JsonObject { ["Text"] = "Résumé" };
        // The driver's two shapes: one in Content, one moved to Aside by the rule for this type and display type.
        Assert.Equal("[titre|theme:ajouté|][note:ajouté|]", (await harness.Renderer.RenderContentAsync(theme, "Detail")).Trim());
        // The rule for Detail does not apply to Summary; the title is hidden in this type's summaries only.
        Assert.Equal("[theme:ajouté|note:ajouté|][]", (await harness.Renderer.RenderContentAsync(theme, "Summary")).Trim());
        // A template for the shape in one content type wins over the shape's own.
        Assert.StartsWith("[titre d'évènement|", (await harness.Renderer.RenderContentAsync(Items.Make("Event", "A"), "Summary")).Trim());
    }

    [Fact]
    public async Task Page_is_rendered_inside_the_layout_with_its_meta()
    {
        Write("Hello", "<p>{{ Model.Name }}</p>");
        using var harness = Harness();
        var html = await harness.Renderer.RenderPageAsync("Hello", new Dictionary<string, object?> { ["Name"] = "Ada" }, new PageMeta { Title = "Bonjour" });
        Assert.Equal("<html lang=\"fr\"><title>Bonjour - Numérique en Commun[s]</title><body><p>Ada</p></body></html>", html.Trim());
    }

    [Fact]
    public async Task Missing_page_template_names_the_theme_folder()
    {
        using var harness = Harness();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Renderer.RenderPageAsync("Nope", null, new PageMeta()));
        Assert.Contains("'Nope'", error.Message);
        Assert.Contains(Path.Combine(_themes, "Test", "Views"), error.Message);
    }

    [Fact]
    public async Task Template_with_a_syntax_error_names_its_file()
    {
        Write("Broken", "{% if %}");
        using var harness = Harness();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Renderer.RenderPageAsync("Broken", null, new PageMeta()));
        Assert.Contains("Broken.liquid", error.Message);
    }

    [Fact]
    public async Task Site_theme_overrides_a_part_template_by_dropping_a_file()
    {
        var item = Items.Make("Theme", "Communs");
        item.Part("Theme")["Summary"] = new JsonObject { ["Text"] = "Résumé" };
        using (var before = Harness())
        {
            var html = await before.Renderer.RenderContentAsync(item, "Detail");
            Assert.Contains("<h1 class=\"cms-title\">Communs</h1>", html);
            Assert.Contains("<p class=\"cms-field cms-field--summary\">Résumé</p>", html);
        }
        Write("TitlePart", "<h1 class=\"surcharge\">{{ Model.Part.Title | upcase }}</h1>");
        Write("Theme-Summary", "<p class=\"resume\">{{ Model.Field.Text }}</p>");
        using var after = Harness();
        var overridden = await after.Renderer.RenderContentAsync(item, "Detail");
        Assert.Contains("<h1 class=\"surcharge\">COMMUNS</h1>", overridden);
        Assert.Contains("<p class=\"resume\">Résumé</p>", overridden);
        Assert.DoesNotContain("cms-title", overridden);
    }

    [Fact]
    public async Task Body_is_rendered_once_per_content_version()
    {
        Write("Content", "{{ Model.Body | raw }}");
        using var harness = Harness();
        var item = Items.Make("Event", "A", markdown: "**un**");
        Assert.Contains("<strong>un</strong>", await harness.Renderer.RenderContentAsync(item, "Detail"));
        // Same version id, changed text: the cached HTML of the version is served (versions never change in the store).
        item.Part("MarkdownBodyPart")["Markdown"] = "**deux**";
        Assert.Contains("<strong>un</strong>", await harness.Renderer.RenderContentAsync(item, "Detail"));
        item.ContentItemVersionId = IdGenerator.NewId();
        Assert.Contains("<strong>deux</strong>", await harness.Renderer.RenderContentAsync(item, "Detail"));
    }

    [Fact]
    public async Task Items_without_version_id_never_share_a_cached_body()
    {
        Write("Content", "{{ Model.Body | raw }}");
        using var harness = Harness();
        var first = Items.Make("InfoField", "A", markdown: "premier");
        var second = Items.Make("InfoField", "B", markdown: "second");
        first.ContentItemVersionId = second.ContentItemVersionId = "";
        Assert.Contains("premier", await harness.Renderer.RenderContentAsync(first, "Detail"));
        Assert.Contains("second", await harness.Renderer.RenderContentAsync(second, "Detail"));
    }

    [Fact]
    public async Task Bag_items_are_rendered_with_their_own_content_template()
    {
        Write("Content-Event", "{% for shape in Model.Parts %}{{ shape | raw }}{% endfor %}");
        Write("Content-InfoField", "<dt>{{ Model.ContentItem.InfoField.Label.Text }}</dt>");
        Write("InfoFields", "<dl>{% for item in Model.Items %}{{ item | raw }}{% endfor %}</dl>");
        var item = Items.Make("Event", "A");
        item.Content.Remove("TitlePart");
        item.Part("InfoFields")["ContentItems"] = new JsonArray(
            new JsonObject { ["ContentType"] = "InfoField", ["InfoField"] = new JsonObject { ["Label"] = new JsonObject { ["Text"] = "Horaires" } } },
            new JsonObject { ["ContentType"] = "InfoField", ["InfoField"] = new JsonObject { ["Label"] = new JsonObject { ["Text"] = "Accès" } } });
        using var harness = Harness();
        Assert.Equal("<dl><dt>Horaires</dt><dt>Accès</dt></dl>", (await harness.Renderer.RenderContentAsync(item, "Detail")).Trim());
    }

    [Fact]
    public async Task Generic_field_templates_render_each_field_type()
    {
        var item = Items.Make("Partner", "DINUM", "partenaires/dinum", markdown: "Présentation **courte**.");
        item.Part("Partner")["Website"] = new JsonObject { ["Url"] = "https://www.numerique.gouv.fr/", ["Text"] = "Site de la DINUM" };
        item.Part("Partner")["Unsafe"] = new JsonObject { ["Url"] = "javascript:alert(1)", ["Text"] = "piège" };
        item.Part("Partner")["Logo"] = new JsonObject { ["Paths"] = new JsonArray("uploads/logo dinum.png"), ["MediaTexts"] = new JsonArray("Logo de la DINUM") };
        item.Part("Partner")["Note"] = new JsonObject { ["Markdown"] = "Une *note*" };
        item.Part("Partner")["Since"] = new JsonObject { ["Value"] = "2023-10-18T07:00:00Z" };
        item.Part("Partner")["Tags"] = new JsonObject { ["Values"] = new JsonArray("État", "Communs") };
        item.Part("Partner")["Motto"] = new JsonObject { ["Text"] = "Servir" };
        // As a recipe could write it: the display sanitizes again.
        item.Part("Partner")["Snippet"] = new JsonObject { ["Html"] = "<p onclick=\"alert(1)\">Un <b>extrait</b></p><script>alert(2)</script>" };
        using var harness = Harness();
        var html = await harness.Renderer.RenderContentAsync(item, "Detail");
        Assert.Contains("<h1 class=\"cms-title\">DINUM</h1>", html);
        Assert.Contains("<div class=\"cms-body\"><p>Présentation <strong>courte</strong>.</p></div>", html);
        Assert.Contains("<a class=\"fr-link\" href=\"https://www.numerique.gouv.fr/\">Site de la DINUM</a>", html);
        Assert.DoesNotContain("piège", html);
        Assert.Contains("<img class=\"fr-responsive-img\" src=\"/media/uploads/logo%20dinum.png\" alt=\"Logo de la DINUM\" loading=\"lazy\">", html);
        Assert.Contains("<p>Une <em>note</em></p>", html);
        Assert.Contains("<time datetime=\"2023-10-18T07:00:00Z\">mercredi 18 octobre 2023 à 09h00</time>", html);
        Assert.Contains("<li><p class=\"fr-tag\">État</p></li><li><p class=\"fr-tag\">Communs</p></li>", html);
        Assert.Contains("<p class=\"cms-field cms-field--motto\">Servir</p>", html);
        Assert.Contains("<div class=\"cms-field cms-field--snippet\"><p>Un <b>extrait</b></p></div>", html);
        Assert.DoesNotContain("alert", html);
    }

    [Fact]
    public async Task Numbers_and_booleans_render_the_french_way_and_a_kind_no_module_registers_shows_nothing()
    {
        var item = Items.Make("Partner", "DINUM");
        item.Part("Partner")["Budget"] = new JsonObject { ["Value"] = 1234.5 };
        item.Part("Partner")["Open"] = new JsonObject { ["Value"] = true };
        // Shaped like a TextField, but its definition names a kind nobody registered: nothing guesses it.
        item.Part("Partner")["Guessed"] = new JsonObject { ["Text"] = "deviné" };
        using var harness = Harness();
        var html = await harness.Renderer.RenderContentAsync(item, "Detail");
        // The French group separator (U+202F) is written as a character reference by the page's encoder.
        Assert.Contains("<p class=\"cms-field cms-field--budget\">1\u202f234,50</p>", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("<p class=\"cms-field cms-field--open\">Ouvert au public : oui</p>", html);
        Assert.DoesNotContain("deviné", html);
    }

    [Fact]
    public async Task Generic_summary_is_a_card_linking_to_the_item()
    {
        using var harness = Harness();
        var html = await harness.Renderer.RenderContentAsync(Items.Make("Partner", "DINUM", "partenaires/dinum", markdown: "Direction **interministérielle** du numérique."), "Summary");
        Assert.Contains("<h3 class=\"fr-card__title\"><a href=\"/partenaires/dinum\">DINUM</a></h3>", html);
        Assert.Contains("<p class=\"fr-card__desc\">Direction interministérielle du numérique.</p>", html);
    }

    private sealed class ExtraDriver : IContentDisplayDriver
    {
        public Task<IEnumerable<Shape>> DisplayAsync(ContentDisplayContext context) => Task.FromResult<IEnumerable<Shape>>(
        [
            context.Shape().With("Extra", "ajouté"),
            context.Shape("ThemeNote").With("Extra", "ajouté"),
        ]);
    }
}
