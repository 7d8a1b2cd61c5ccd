using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.ContentModules.Tests.Html;
using Cms.ContentModules.Tests.Orchard;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Flows;

/// <summary>
/// FlowPart on the site of Orchard's blog recipe, whose <c>Page</c> type has a FlowPart and whose widget types
/// (<c>Paragraph</c>, <c>Blockquote</c>, <c>RawHtml</c>, <c>Container</c>…) have the <c>Widget</c> stereotype: a page as
/// Orchard exports one shows its widgets in order with their alignment and size, its nested HTML is sanitized, and the
/// back office adds, moves and removes widgets, the public page following at once.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed partial class FlowPartTests(OrchardBlogSite fixture)
{
    private static JsonObject Widget(string type, JsonObject part, JsonNode alignment, int size) => new()
    {
        ["ContentItemId"] = IdGenerator.NewId(),
        ["ContentType"] = type,
        [type] = part,
        ["FlowMetadata"] = new JsonObject { ["Alignment"] = alignment, ["Size"] = size },
    };

    private static JsonObject Html(string html) => new() { ["Content"] = new JsonObject { ["Html"] = html } };

    /// <summary>A published Page at <c>/{path}</c> with <paramref name="widgets"/>, by a recipe's content step (Orchard's JSON).</summary>
    private async Task<(string Id, Cms.Abstractions.Recipes.RecipeReport Report)> PageAsync(string path, params JsonObject[] widgets)
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        var id = IdGenerator.NewId();
        var page = new JsonObject
        {
            ["ContentItemId"] = id, ["ContentItemVersionId"] = IdGenerator.NewId(), ["ContentType"] = "Page", ["DisplayText"] = path,
            ["Latest"] = true, ["Published"] = true,
            ["TitlePart"] = new JsonObject { ["Title"] = path },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
            ["FlowPart"] = new JsonObject { ["Widgets"] = new JsonArray([.. widgets]) },
        };
        var report = await SiteRequests.RunRecipeAsync(fixture.Site,
            new JsonObject { ["name"] = "content", ["data"] = new JsonArray(page) });
        Assert.Empty(report.Refused);
        return (id, report);
    }

    private async Task<ContentItem> LatestAsync(string id)
    {
        using var scope = fixture.Site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
    }

    [Fact]
    public async Task A_page_shows_its_widgets_in_order_with_their_alignment_and_size_nested_flows_included()
    {
        var container = Widget("Container", new JsonObject(), 3, 100);
        container["FlowPart"] = new JsonObject { ["Widgets"] = new JsonArray(Widget("Paragraph", Html("<p>Paragraphe imbriqué</p>"), 0, 25)) };
        await PageAsync("flux-ordre",
            Widget("Paragraph", Html("<p>Premier paragraphe</p>"), 1, 50),
            // Orchard 1.x stores the alignment as its number, later versions as its name: both read.
            Widget("Blockquote", new JsonObject { ["Quote"] = new JsonObject { ["Text"] = "Une citation" } }, "Right", 33),
            container,
            Widget("RawHtml", Html("<p>Dernier bloc</p>"), 3, 100));

        using var client = fixture.Client();
        var html = await client.GetStringAsync("/flux-ordre");

        var order = new[] { "Premier paragraphe", "Une citation", "Paragraphe imbriqué", "Dernier bloc" }
            .Select(text => html.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("<div class=\"cms-flow fr-grid-row fr-grid-row--gutters\">", html);
        Assert.Contains("<div class=\"fr-col-12 fr-col-md-6 cms-align-center widget widget-paragraph widget-align-center widget-size-50\">", html);
        Assert.Contains("<div class=\"fr-col-12 fr-col-md-4 cms-align-right widget widget-blockquote widget-align-right widget-size-33\">", html);
        Assert.Contains("<div class=\"fr-col-12 fr-col-md-3 cms-align-left widget widget-paragraph widget-align-left widget-size-25\">", html);
        Assert.Contains("<div class=\"fr-col-12 cms-align-justify widget widget-rawhtml widget-align-justify widget-size-100\">", html);
        Assert.Equal(2, CountOf(html, "<div class=\"cms-flow "));
    }

    [Fact]
    public async Task A_script_in_a_nested_widget_is_removed_on_import_and_named_in_the_report()
    {
        var container = Widget("Container", new JsonObject(), 3, 100);
        container["FlowPart"] = new JsonObject { ["Widgets"] = new JsonArray(Widget("Paragraph", Html("<p onclick=\"x()\">Imbriqué</p>"), 3, 100)) };
        var (id, report) = await PageAsync("flux-script",
            Widget("RawHtml", Html("<p>Bloc</p><script>alert('flux')</script>"), 3, 100), container);

        var stored = await LatestAsync(id);
        var widgets = stored.GetPart("FlowPart")!["Widgets"]!.AsArray();
        Assert.Equal("<p>Bloc</p>", (string?)widgets[0]!["RawHtml"]!["Content"]!["Html"]);
        Assert.Equal("<p>Imbriqué</p>", (string?)widgets[1]!["FlowPart"]!["Widgets"]![0]!["Paragraph"]!["Content"]!["Html"]);
        Assert.Contains(report.Warnings, w => w.Contains(id, StringComparison.Ordinal) && w.Contains("FlowPart[0].RawHtml.Content", StringComparison.Ordinal) && w.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("FlowPart[1].FlowPart[0].Paragraph.Content", StringComparison.Ordinal) && w.Contains("onclick", StringComparison.Ordinal));

        using var client = fixture.Client();
        var html = await client.GetStringAsync("/flux-script");
        Assert.Contains("<p>Bloc</p>", html);
        Assert.DoesNotContain("alert('flux')", html);
    }

    [Fact]
    public async Task The_editor_adds_moves_and_removes_widgets_and_the_public_page_follows_at_once()
    {
        var (id, _) = await PageAsync("flux-edition", Widget("Paragraph", Html("<p>Texte existant</p>"), 3, 100));
        using var visitor = fixture.Client();
        Assert.Contains("Texte existant", await visitor.GetStringAsync("/flux-edition")); // now in the output cache

        using var http = fixture.Client();
        await SiteRequests.SignInAsync(http);
        var admin = new AdminSession(http);
        var url = $"/admin/contenus/{id}";
        var page = await http.GetStringAsync(url);
        Assert.Contains("Ajouter un widget", page);
        Assert.Contains("<option value=\"Blockquote\">Blockquote</option>", page);

        // « Ajouter un widget » (Blockquote): the form comes back with it, nothing saved yet.
        page = await PostFormAsync(admin, url, page, ("FlowPart.NewWidget", "Blockquote"), ("bag-action", "FlowPart|add"));
        Assert.Contains("name=\"FlowPart[1].Blockquote.Quote.Text\"", page);
        Assert.Single(FlowPart(await LatestAsync(id)));

        // Fill it, put it first, then publish with a size.
        page = await PostFormAsync(admin, url, page, ("FlowPart[1].Blockquote.Quote.Text", "Citation ajoutée"), ("bag-action", "FlowPart|up|1"));
        Assert.True(page.IndexOf("Citation ajoutée", StringComparison.Ordinal) < page.IndexOf("Texte existant", StringComparison.Ordinal));
        using (var published = await admin.PostAsync(url, page, AdminSession.Form(page, "content-form",
                   ("FlowPart[0].FlowMetadata.Size", "50"), ("FlowPart[0].FlowMetadata.Alignment", "Center"), ("command", "publish"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        var widgets = FlowPart(await LatestAsync(id));
        Assert.Equal(["Blockquote", "Paragraph"], widgets.Select(w => (string?)w!["ContentType"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Alignment"] = 1, ["Size"] = 50 }, widgets[0]!["FlowMetadata"]));
        var html = await visitor.GetStringAsync("/flux-edition");
        Assert.True(html.IndexOf("Citation ajoutée", StringComparison.Ordinal) is var quote and > 0 && quote < html.IndexOf("Texte existant", StringComparison.Ordinal));
        Assert.Contains("fr-col-md-6 cms-align-center widget widget-blockquote", html);

        // « Supprimer » the paragraph and publish: gone from the public page.
        page = await http.GetStringAsync(url);
        page = await PostFormAsync(admin, url, page, ("bag-action", "FlowPart|remove|1"));
        using (var published = await admin.PostAsync(url, page, AdminSession.Form(page, "content-form", ("command", "publish"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        Assert.Equal(["Blockquote"], FlowPart(await LatestAsync(id)).Select(w => (string?)w!["ContentType"]));
        html = await visitor.GetStringAsync("/flux-edition");
        Assert.Contains("Citation ajoutée", html);
        Assert.DoesNotContain("Texte existant", html);
    }

    /// <summary>Posts the edit form as rendered with <paramref name="changes"/> (a button's name and value among them) and returns the form shown again.</summary>
    private static async Task<string> PostFormAsync(AdminSession admin, string url, string page, params (string Key, string Value)[] changes)
    {
        using var response = await admin.PostAsync(url, page, AdminSession.Form(page, "content-form", changes));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        Assert.DoesNotContain("fr-error-text", body);
        return body;
    }

    private static JsonArray FlowPart(ContentItem item) => item.GetPart("FlowPart")!["Widgets"]!.AsArray();

    private static int CountOf(string text, string part) => Regex.Count(text, Regex.Escape(part));
}
