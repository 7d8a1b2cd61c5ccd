using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Transfer;

/// <summary>The export page (a recipe of the whole site or of chosen types) and the Markdown download of an event.</summary>
public class ExportPageTests(AdminSite site) : IClassFixture<AdminSite>
{
    private static readonly string SeedId = IdGenerator.FromSeed("_evenements/2023-07-26-numerique-en-communs-bordeaux.markdown");

    private async Task<(HttpResponseMessage Response, JsonObject Recipe)> ExportAsync(params string[] types)
    {
        using var client = await site.ClientAsync("admin");
        var response = await client.PostFromPageAsync("/admin/export", null, types.Select(t => ("Types", t)).ToArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response, recipe);
    }

    private static JsonArray Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!["data"]?.AsArray() ?? [];

    [Fact]
    public async Task Chosen_types_only_are_exported_as_a_recipe_file_named_by_the_date()
    {
        var (response, recipe) = await ExportAsync("Theme", "Partner");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^cms-export-\d{8}-\d{4}\.json$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var items = Step(recipe, "content");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(i!["ContentType"]!.GetValue<string>(), new[] { "Theme", "Partner" }));
        Assert.Contains(items, i => i!["ContentType"]!.GetValue<string>() == "Theme");
        var types = recipe["steps"]![0]!["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Partner", "Theme"], types);
        Assert.DoesNotContain(recipe["steps"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "settings");
        response.Dispose();
    }

    [Fact]
    public async Task Without_a_choice_the_whole_site_is_exported()
    {
        var (response, recipe) = await ExportAsync();
        using (response)
        {
            var kinds = Step(recipe, "content").Select(i => i!["ContentType"]!.GetValue<string>()).Distinct().Order().ToList();
            Assert.Equal(["Event", "Menu", "Partner", "Theme"], kinds); // the setup recipe's main-menu and footer-menu
            Assert.Contains(recipe["steps"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "settings");
        }
    }

    [Fact]
    public async Task An_event_downloads_as_its_jekyll_document_from_its_edit_page()
    {
        using var client = await site.ClientAsync("admin");
        var (_, edit) = await client.GetPageAsync($"/admin/contenus/{SeedId}");
        Assert.Contains($"href=\"/admin/contenus/{SeedId}/markdown\"", edit);

        using var response = await client.GetAsync($"/admin/contenus/{SeedId}/markdown");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2023-07-26-numerique-en-communs-bordeaux.markdown",
            response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("---\ntitle: La DINUM partenaire de Numérique en Commun[s] à Bordeaux\ndate: 2023-07-26 14:24:00 +02:00\n", text);
        Assert.Contains("tags:\n- Souveraineté\n", text);
        Assert.Contains("\n---\n\nPartenaire de l’événement", text);

        using var editor = await site.ClientAsync("editor");
        using var refused = await editor.GetAsync($"/admin/contenus/{SeedId}/markdown");
        Assert.True(EditorSteps.IsForbidden(refused));
        var (_, editorEdit) = await editor.GetPageAsync($"/admin/contenus/{SeedId}");
        Assert.DoesNotContain("/markdown\"", editorEdit);
    }
}
