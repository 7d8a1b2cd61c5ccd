using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Transfer;
using Microsoft.Extensions.DependencyInjection;
using static Cms.ContentModules.Tests.Orchard.SiteRequests;

namespace Cms.ContentModules.Tests.Layers;

/// <summary>
/// Orchard's layers and widgets on the blog recipe's site: the recipe's footer widget (layer « Always ») on every page,
/// a « Homepage » widget only on <c>/</c>, each change shown at once (cached pages evicted); the « Widgets » page
/// places a widget in the footer through the widget's normal edit page, reorders and removes it; a layer's rule
/// edited there decides the pages; the layers step round-trips through the export into another site.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed partial class WidgetTests(OrchardBlogSite blog, ContentModulesSite other)
{
    private const string FooterText = "Your Website 2020";

    [Fact]
    public async Task The_recipe_footer_widget_is_on_every_page_and_a_homepage_widget_only_on_the_home_page()
    {
        var report = await OrchardRecipe.Blog.RunAsync(blog.Site);
        Assert.Contains("Calques enregistrés : « Always », « Homepage ».", report.Messages);
        using var visitor = blog.Client();
        foreach (var path in new[] { "/", "/blog/post-1", "/about" })
        {
            var html = await visitor.GetStringAsync(path);
            var zone = html.IndexOf("class=\"cms-zone-footer\"", StringComparison.Ordinal);
            Assert.True(zone >= 0 && html.IndexOf(FooterText, zone, StringComparison.Ordinal) > zone, $"{path}: the footer widget in the Footer zone.");
            Assert.Equal(1, Regex.Count(html, Regex.Escape(FooterText)));
        }

        var marker = $"accueil-{Guid.NewGuid():N}";
        var id = await CreateWidgetAsync("Homepage", "Footer", 5, $"<p>{marker}</p>");
        var home = await visitor.GetStringAsync("/");
        Assert.Contains(marker, home);
        Assert.True(home.IndexOf(marker, StringComparison.Ordinal) < home.IndexOf(FooterText, StringComparison.Ordinal), "Position 5 comes before the footer's 10.");
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/blog/post-1"));
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/about"));

        await using (var scope = blog.Site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager>().UnpublishAsync(id);
        }
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/"));
    }

    [Fact]
    public async Task An_editor_places_a_widget_in_the_footer_of_every_page_through_the_back_office_and_it_shows_at_once()
    {
        await OrchardRecipe.Blog.RunAsync(blog.Site);
        using var visitor = blog.Client();
        var marker = $"pied-{Guid.NewGuid():N}";
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/about")); // cached from now on

        using var admin = blog.Client();
        await SignInAsync(admin);
        var page = await admin.GetStringAsync("/admin/widgets");
        Assert.Contains("Ajouter un widget dans la zone Footer", page);
        Assert.Contains("Toujours", page);
        Assert.Contains("Page d&#x27;accueil", page);

        var added = await PostFormAsync(admin, "/admin/widgets?handler=Add", ("zone", "Footer"), ("type", "RawHtml"), ("layer", "Always"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var edit = added.Headers.Location!.OriginalString;
        var id = edit.Split('/').Last();
        // A draft shows nowhere yet.
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/about"));

        var form = await admin.GetStringAsync(edit);
        Assert.Contains("data-testid=\"layer-metadata\"", form);
        Assert.Contains("value=\"Footer\"", form);
        var published = await admin.PostAsync(edit, new FormUrlEncodedContent(
        [
            KeyValuePair.Create("__RequestVerificationToken", Token(form)),
            KeyValuePair.Create("VersionId", VersionId().Match(form).Groups[1].Value),
            KeyValuePair.Create("ContentItemId", id),
            KeyValuePair.Create("RawHtml.Content.Present", "1"),
            KeyValuePair.Create("RawHtml.Content.Html", $"<p>{marker}</p>"),
            KeyValuePair.Create("LayerMetadata.Present", "1"),
            KeyValuePair.Create("LayerMetadata.Layer", "Always"),
            KeyValuePair.Create("LayerMetadata.Zone", "Footer"),
            KeyValuePair.Create("LayerMetadata.Position", "20"),
            KeyValuePair.Create("command", "publish"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        foreach (var path in new[] { "/about", "/blog/post-1", "/" })
        {
            var html = await visitor.GetStringAsync(path);
            Assert.True(html.IndexOf(FooterText, StringComparison.Ordinal) < html.IndexOf(marker, StringComparison.Ordinal), $"{path}: the new widget after the recipe's (20 > 10).");
        }

        // Moved up: before the recipe's footer at once; removed: gone at once.
        var moved = await PostFormAsync(admin, "/admin/widgets?handler=Move", ("id", id), ("direction", "-1"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var about = await visitor.GetStringAsync("/about");
        Assert.True(about.IndexOf(marker, StringComparison.Ordinal) < about.IndexOf(FooterText, StringComparison.Ordinal));
        var removed = await PostFormAsync(admin, "/admin/widgets?handler=Remove", ("id", id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/about"));
        Assert.Contains(FooterText, await visitor.GetStringAsync("/about"));
    }

    [Fact]
    public async Task A_layer_rule_edited_in_the_back_office_decides_the_pages()
    {
        await OrchardRecipe.Blog.RunAsync(blog.Site);
        using var admin = blog.Client();
        await SignInAsync(admin);
        var name = $"Blog-{Guid.NewGuid():N}"[..13];

        var refused = await PostFormAsync(admin, "/admin/widgets/calque", ("Name", name), ("Any", "false"), ("Rows[0].Kind", "Url"), ("Rows[0].Operator", "StartsWith"), ("Rows[0].Value", ""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Condition 1 : l&#x27;adresse s&#x27;écrit à partir de la racine du site", await refused.Content.ReadAsStringAsync());

        var saved = await PostFormAsync(admin, "/admin/widgets/calque", ("Name", name), ("Description", "Les pages du blog"), ("Any", "true"),
            ("Rows[0].Kind", "Url"), ("Rows[0].Operator", "StartsWith"), ("Rows[0].Value", "/blog/"),
            ("Rows[1].Kind", "Role"), ("Rows[1].Operator", "Equals"), ("Rows[1].Value", "Administrator"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Adresse commence par « /blog/ » ou Rôle égale à « Administrator »", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/widgets")));

        var marker = $"blog-{Guid.NewGuid():N}";
        await CreateWidgetAsync(name, "Content", 1, $"<p>{marker}</p>");
        using var visitor = blog.Client();
        Assert.Contains(marker, await visitor.GetStringAsync("/blog/post-1"));
        Assert.DoesNotContain(marker, await visitor.GetStringAsync("/about"));
        // The administrator is in the role: every page.
        Assert.Contains(marker, await admin.GetStringAsync("/about"));

        // A layer holding a published widget is not deleted.
        var delete = await PostFormAsync(admin, "/admin/widgets?handler=DeleteLayer", ("name", name));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Contains($"Le calque « {name} » contient 1 widget(s) publié(s)", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/widgets")));
    }

    [Fact]
    public async Task The_layers_step_round_trips_through_the_export()
    {
        await OrchardRecipe.Blog.RunAsync(blog.Site);
        var exported = await LayersStepAsync(blog.Site);
        var recipeLayers = OrchardRecipeExport.Steps(OrchardRecipe.Blog.Json(), "layers").Single()["Layers"]!.AsArray();
        foreach (var wanted in recipeLayers)
        {
            var layer = Assert.Single(exported["Layers"]!.AsArray(), l => (string?)l!["Name"] == (string?)wanted!["Name"])!;
            Assert.Equal((string?)wanted!["Description"], (string?)layer["Description"]);
            var condition = wanted["LayerRule"]!["Conditions"]![0]!;
            var written = layer["LayerRule"]!["Conditions"]![0]!;
            foreach (var property in new[] { "$type", "Name", "Value" }) Assert.True(JsonNode.DeepEquals(condition[property], written[property]), property);
            Assert.Matches("^[0-9a-z]{26}$", (string?)written["ConditionId"]); // [js: uuid()] evaluated
        }

        // Into another site, and out again: the same layers.
        var report = await RunRecipeAsync(other.Site, exported.DeepClone().AsObject());
        Assert.Empty(report.Refused);
        var again = await LayersStepAsync(other.Site);
        foreach (var layer in exported["Layers"]!.AsArray())
        {
            Assert.True(JsonNode.DeepEquals(layer, again["Layers"]!.AsArray().Single(l => (string?)l!["Name"] == (string?)layer!["Name"])));
        }

        // A rule that cannot be read stops the step, naming the layer and the condition; nothing is stored.
        var bad = await Assert.ThrowsAnyAsync<Exception>(() => RunRecipeAsync(other.Site, JsonNode.Parse("""
            { "name": "layers", "Layers": [
                { "Name": "Bon", "LayerRule": { "Conditions": [ { "$type": "OrchardCore.Rules.Models.BooleanCondition, OrchardCore.Rules", "Value": true } ] } },
                { "Name": "Mauvais", "LayerRule": { "Conditions": [ { "$type": "OrchardCore.Rules.Models.JavascriptCondition, OrchardCore.Rules", "Script": "true" } ] } } ] }
            """)!.AsObject()));
        Assert.Contains("« layers » : calque « Mauvais », LayerRule.Conditions[0] : condition « JavascriptCondition » non prise en charge", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain((await LayersStepAsync(other.Site))["Layers"]!.AsArray(), l => (string?)l!["Name"] == "Bon");
    }

    private static async Task<JsonObject> LayersStepAsync(TestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync(null);
        return OrchardRecipeExport.Steps(export, "layers").Single();
    }

    private async Task<string> CreateWidgetAsync(string layer, string zone, double position, string html)
    {
        await using var scope = blog.Site.Services.CreateAsyncScope();
        var contentManager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contentManager.NewAsync("RawHtml");
        item.Content["LayerMetadata"] = new JsonObject { ["Layer"] = layer, ["Zone"] = zone, ["Position"] = position, ["RenderTitle"] = false };
        item.Content["RawHtml"] = new JsonObject { ["Content"] = new JsonObject { ["Html"] = html } };
        return (await contentManager.CreateAsync(item, publish: true)).ContentItemId;
    }

    [GeneratedRegex("name=\"VersionId\" value=\"([^\"]*)\"")]
    private static partial Regex VersionId();
}
