using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.LiquidTemplates.Services;
using static Cms.ContentModules.Tests.Orchard.SiteRequests;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard's Templates step and the « Modèles » page: a stored template replaces the theme's template of the same
/// alternate name at once (output cache evicted), a template that does not parse is refused with its line and never
/// stored, and the preview renders an item with a typed template without saving it.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class StoredTemplateTests(ContentModulesSite site)
{
    [Theory]
    [InlineData("Content__LandingPage", "Content-LandingPage")]
    [InlineData("Content_Summary__BlogPost", "Content-BlogPost.Summary")]
    [InlineData("Widget__Blockquote", "Widget-Blockquote")]
    [InlineData("Layout", "Layout")]
    [InlineData("Content-Event.Detail", "Content-Event.Detail")]
    public void Orchard_alternate_names_map_to_ours(string orchard, string ours) =>
        Assert.Equal(ours, TemplateNames.ToAlternate(orchard));

    [Fact]
    public async Task A_stored_template_replaces_the_page_of_its_type_and_an_edit_shows_at_once()
    {
        var path = $"atterrissage-{IdGenerator.NewId().ToLowerInvariant()}";
        var report = await RunRecipeAsync(site.Site, LandingType(), LandingItem(path), new JsonObject
        {
            ["name"] = "Templates",
            ["Templates"] = new JsonObject
            {
                ["Content__LandingPage"] = new JsonObject
                {
                    ["Description"] = "Page d'atterrissage",
                    ["Content"] = "<section data-testid=\"landing\">Version 1 : {{ Model.ContentItem.DisplayText }}</section>",
                },
            },
        });
        Assert.Empty(report.Refused);
        using var visitor = site.Client();
        Assert.Contains("Version 1 : Atterrissage", await visitor.GetStringAsync("/" + path));

        using var admin = site.Client();
        await SignInAsync(admin);
        var list = await admin.GetStringAsync("/admin/modeles");
        Assert.Contains("Content__LandingPage", list);
        Assert.Contains("Content-LandingPage", list);
        Assert.Contains("href=\"/admin/modeles\"", list);

        // A syntax error is shown with its line and changes nothing.
        var url = "/admin/modeles/modele?nom=Content__LandingPage";
        var broken = await PostFormAsync(admin, url, ("Original", "Content__LandingPage"), ("Name", "Content__LandingPage"),
            ("Source", "<p>\n{% if Model.ContentItem %}\nsans fin"));
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        var error = await broken.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"template-error\"", error);
        Assert.Contains("ligne", error);
        Assert.Contains("Version 1 : Atterrissage", await visitor.GetStringAsync("/" + path));

        // The preview renders the item with the typed template, unsaved.
        var preview = await PostFormAsync(admin, url + "&handler=Preview", ("Original", "Content__LandingPage"), ("Name", "Content__LandingPage"),
            ("Source", "<p>Aperçu : {{ Model.ContentItem.DisplayText }}</p>"), ("PreviewPath", "/" + path));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Aperçu : Atterrissage", await preview.Content.ReadAsStringAsync());
        Assert.Contains("Version 1 : Atterrissage", await visitor.GetStringAsync("/" + path));

        var saved = await PostFormAsync(admin, url, ("Original", "Content__LandingPage"), ("Name", "Content__LandingPage"),
            ("Source", "<section>Version 2 : {{ Model.ContentItem.DisplayText }}</section>"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Version 2 : Atterrissage", await visitor.GetStringAsync("/" + path));

        // Deleted: the theme's template shows the item again.
        await PostFormAsync(admin, "/admin/modeles?handler=Delete", ("name", "Content__LandingPage"));
        var page = await visitor.GetStringAsync("/" + path);
        Assert.DoesNotContain("Version 2", page);
        Assert.Contains("Atterrissage", page);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_stops_the_step_naming_it_and_its_line_and_none_is_stored()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunRecipeAsync(site.Site, new JsonObject
        {
            ["name"] = "Templates",
            ["Templates"] = new JsonObject
            {
                ["Content__Valide"] = new JsonObject { ["Content"] = "<p>ok</p>" },
                ["Content__Casse"] = new JsonObject { ["Content"] = "<p>\n\n{{ Model.ContentItem | }}</p>" },
            },
        }));
        Assert.Contains("« Content__Casse »", error.Message);
        Assert.Contains("ligne 3", error.Message);
        using var admin = site.Client();
        await SignInAsync(admin);
        Assert.DoesNotContain("Content__Valide", await admin.GetStringAsync("/admin/modeles"));
    }

    private static JsonObject LandingType() => JsonNode.Parse("""
    {
      "name": "ContentDefinition",
      "ContentTypes": [ {
        "Name": "LandingPage", "DisplayName": "Page d'atterrissage",
        "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
        "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
          { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {} } ]
      } ],
      "ContentParts": []
    }
    """)!.AsObject();

    private static JsonObject LandingItem(string path) => new()
    {
        ["name"] = "content",
        ["data"] = new JsonArray(new JsonObject
        {
            ["ContentItemId"] = IdGenerator.NewId(), ["ContentType"] = "LandingPage", ["DisplayText"] = "Atterrissage",
            ["Latest"] = true, ["Published"] = true,
            ["TitlePart"] = new JsonObject { ["Title"] = "Atterrissage" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
        }),
    };
}
