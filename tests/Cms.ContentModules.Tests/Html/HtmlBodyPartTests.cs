using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Html;

/// <summary>
/// HtmlBodyPart and HtmlField: Orchard's JSON shape imported and exported as given when safe, sanitized on every save
/// path with the unsafe markup named in the recipe report, shown on the public site, edited with the rich-text editor.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class HtmlBodyPartTests(ContentModulesSite fixture)
{
    private const string Type = "HtmlTestPage";
    private const string SafeBody = "<h2>Programme</h2>\n<p>Un <strong>atelier</strong> <a href=\"https://exemple.fr/atelier\">ouvert à tous</a>.</p>\n<ul><li>matin</li><li>après-midi</li></ul>";

    private static readonly string Definitions = $$"""
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "{{Type}}", "DisplayName": "Page HTML de test",
            "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
              { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "pages-html/" } } },
              { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "DisplayName": "Corps" } } },
              { "PartName": "{{Type}}", "Name": "{{Type}}", "Settings": {} } ] } ],
          "ContentParts": [ { "Name": "{{Type}}", "Settings": {},
            "ContentPartFieldDefinitionRecords": [ { "FieldName": "HtmlField", "Name": "Intro",
              "Settings": { "ContentPartFieldSettings": { "DisplayName": "Introduction" } } } ] } ] }
        """;

    private static JsonObject Item(string id, string title, string body, string intro) => new()
    {
        ["ContentItemId"] = id,
        ["ContentItemVersionId"] = id[..^1] + "v",
        ["ContentType"] = Type,
        ["DisplayText"] = title,
        ["Latest"] = true,
        ["Published"] = true,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["AutoroutePart"] = new JsonObject { ["Path"] = "pages-html/" + id },
        ["HtmlBodyPart"] = new JsonObject { ["Html"] = body },
        [Type] = new JsonObject { ["Intro"] = new JsonObject { ["Html"] = intro } },
    };

    private static string NewId() => IdGenerator.NewId();

    private async Task<RecipeReport> RunRecipeAsync(params JsonObject[] items)
    {
        var steps = new JsonArray { JsonNode.Parse(Definitions), new JsonObject { ["name"] = "content", ["data"] = new JsonArray([.. items]) } };
        var recipe = new JsonObject { ["name"] = "html-test", ["steps"] = steps };
        var path = Path.Combine(Path.GetTempPath(), $"html-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString());
        try
        {
            using var scope = fixture.Site.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Local);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<ContentItem> LatestAsync(string id)
    {
        using var scope = fixture.Site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
    }

    private static string? Html(ContentItem item) => (string?)item.GetPart("HtmlBodyPart")?["Html"];
    private static string? Intro(ContentItem item) => (string?)item.GetPart(Type)?["Intro"]?["Html"];

    [Fact]
    public async Task Safe_html_from_a_recipe_is_stored_and_exported_exactly_as_given()
    {
        var id = NewId();
        var report = await RunRecipeAsync(Item(id, "Page sûre", SafeBody, "<p>Bienvenue&nbsp;!</p>"));

        Assert.Empty(report.Warnings);
        var stored = await LatestAsync(id);
        Assert.Equal(SafeBody, Html(stored));
        Assert.Equal("<p>Bienvenue&nbsp;!</p>", Intro(stored));

        using var scope = fixture.Site.Services.CreateScope();
        var export = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync([Type]);
        var exported = export["steps"]!.AsArray().Single(s => (string?)s!["name"] == "content")!["data"]!.AsArray()
            .Single(i => (string?)i!["ContentItemId"] == id)!;
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Html"] = SafeBody }, exported["HtmlBodyPart"]));
        Assert.Equal("<p>Bienvenue&nbsp;!</p>", (string?)exported[Type]!["Intro"]!["Html"]);
    }

    [Fact]
    public async Task Unsafe_markup_from_a_recipe_is_removed_and_named_in_the_report()
    {
        var id = NewId();
        var report = await RunRecipeAsync(Item(id, "Page piégée",
            "<p onclick=\"alert(1)\">Bonjour</p><script>alert(2)</script>",
            "<p><a href=\"javascript:alert(3)\">lien</a></p>"));

        var stored = await LatestAsync(id);
        Assert.Equal("<p>Bonjour</p>", Html(stored));
        Assert.DoesNotContain("javascript", Intro(stored));
        Assert.Contains("lien", Intro(stored));

        var body = Assert.Single(report.Warnings, w => w.Contains("HtmlBodyPart.Html", StringComparison.Ordinal));
        Assert.Contains(id, body);
        Assert.Contains("« Page piégée »", body);
        Assert.Contains("<script>", body);
        Assert.Contains("onclick", body);
        var intro = Assert.Single(report.Warnings, w => w.Contains($"{Type}.Intro", StringComparison.Ordinal));
        Assert.Contains("href", intro);
    }

    [Fact]
    public async Task Every_save_through_the_content_manager_is_sanitized_bag_items_included()
    {
        using var scope = fixture.Site.Services.CreateScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await RunRecipeAsync();
        var item = await content.NewAsync(Type);
        item.DisplayText = "Créée en code";
        item.Apply(new TitlePart { Title = "Créée en code" });
        item.Part("HtmlBodyPart")["Html"] = "<p>Texte</p><img src=\"x.png\" onerror=\"alert(1)\" alt=\"\"><iframe src=\"https://pirate.example/\"></iframe>";
        var saved = await content.CreateAsync(item, publish: false);

        var html = Html(await LatestAsync(saved.ContentItemId))!;
        Assert.Contains("<p>Texte</p>", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("iframe", html);
        Assert.Contains(scope.ServiceProvider.GetRequiredService<ContentWarnings>().Drain(), w => w.Contains("onerror", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_nested_too_deep_is_refused_naming_the_field()
    {
        using var scope = fixture.Site.Services.CreateScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await RunRecipeAsync();
        var item = await content.NewAsync(Type);
        item.Apply(new TitlePart { Title = "Trop profonde" });
        item.Part("HtmlBodyPart")["Html"] = string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth + 5)) + "x";

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(item, publish: false));
        Assert.Contains(error.Errors, e => e.Field == "HtmlBodyPart.Html");
    }

    [Fact]
    public async Task The_public_page_shows_the_body_and_the_field_without_unsafe_markup()
    {
        var id = NewId();
        await RunRecipeAsync(Item(id, "Page publique", SafeBody + "<script>alert(1)</script>", "<p>Une <em>introduction</em>.</p>"));

        using var http = fixture.Client();
        using var response = await http.GetAsync($"/pages-html/{id}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div class=\"cms-body\"><h2>Programme</h2>", page);
        Assert.Contains("<strong>atelier</strong>", page);
        Assert.Contains("<p>Une <em>introduction</em>.</p>", page);
        Assert.DoesNotContain("alert(1)", page);
    }

    [Fact]
    public async Task The_editor_offers_the_rich_text_toolbar_and_stores_what_is_posted_sanitized()
    {
        await RunRecipeAsync();
        var admin = await AdminSession.SignInAsync(fixture);
        var page = await admin.Http.GetStringAsync($"/admin/contenus/nouveau/{Type}");

        Assert.Contains("data-html-editor=\"Corps\"", page);
        Assert.Contains("data-html-editor=\"Introduction\"", page);
        var script = System.Text.RegularExpressions.Regex.Match(page, "<script src=\"(/admin/ressources/editeur-html\\.js\\?v=[^\"]+)\"").Groups[1].Value;
        using (var js = await fixture.Client().GetAsync(script))
        {
            Assert.Equal(HttpStatusCode.OK, js.StatusCode);
            Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Mise en forme", await js.Content.ReadAsStringAsync());
        }

        var form = AdminSession.Form(page, "content-form",
            ("TitlePart.Title", "Rédigée dans l'éditeur"),
            ("HtmlBodyPart.Html", "<h2>Titre</h2><p style=\"color:red\" onmouseover=\"x()\">Corps <b>gras</b></p>"),
            ($"{Type}.Intro.Html", "<p>Intro</p><script>x()</script>"),
            ("command", "save"));
        using var saved = await admin.PostAsync($"/admin/contenus/nouveau/{Type}", page, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/', '?')[3];

        var item = await LatestAsync(id);
        Assert.Equal("<h2>Titre</h2><p>Corps <b>gras</b></p>", Html(item));
        Assert.Equal("<p>Intro</p>", Intro(item));
    }
}
