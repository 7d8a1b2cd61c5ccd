using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Menus;

/// <summary>
/// The Menus and Alias modules on the real site: the setup recipe's menus drive the header and footer, an Orchard-shaped
/// menu imports and exports part for part, the menu editor's form changes the public header at once (output cache
/// evicted), and an alias is unique.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed partial class MenuTests(ContentModulesSite site)
{
    [Fact]
    public async Task Header_and_footer_come_from_the_setup_recipe_menus_with_the_current_link_marked()
    {
        using var client = site.Client();
        var html = await client.GetStringAsync("/agenda");
        var nav = Section(html, "navigation-principale");
        Assert.Equal(["Accueil", "Agenda", "Évènements passés", "Thématiques", "Partenaires"], Links(nav).Select(l => l.Text));
        Assert.Matches("href=\"/agenda\"[^>]*aria-current=\"page\"", nav);
        Assert.DoesNotMatch("href=\"/\"[^>]*aria-current", nav);
        var footer = html[html.IndexOf("fr-footer__content-list", StringComparison.Ordinal)..];
        Assert.Contains("href=\"https://www.info.gouv.fr\" target=\"_blank\" rel=\"noopener\" title=\"info.gouv.fr - nouvelle fenêtre\"", footer);
    }

    [Fact]
    public async Task An_Orchard_shaped_menu_imports_and_exports_identical()
    {
        var id = NewId();
        var menu = JsonNode.Parse($$"""
        {
          "ContentItemId": "{{id}}", "ContentItemVersionId": "{{NewId()}}", "ContentType": "Menu", "DisplayText": "Menu Orchard",
          "Latest": true, "Published": true,
          "TitlePart": { "Title": "Menu Orchard" }, "AliasPart": { "Alias": "orchard-{{id}}" }, "MenuPart": {},
          "MenuItemsListPart": { "MenuItems": [
            { "ContentItemId": "{{NewId()}}", "ContentType": "LinkMenuItem", "DisplayText": "Accueil",
              "LinkMenuItemPart": { "Name": "Accueil", "Url": "~/", "Target": "_blank" },
              "MenuItemsListPart": { "MenuItems": [
                { "ContentItemId": "{{NewId()}}", "ContentType": "HtmlMenuItem", "DisplayText": "Note", "HtmlMenuItemPart": { "Html": "<b>Note</b>" } } ] } },
            { "ContentItemId": "{{NewId()}}", "ContentType": "ContentMenuItem", "DisplayText": "Un contenu",
              "ContentMenuItemPart": { "SelectedContentItem": { "ContentItemIds": [ "{{NewId()}}" ] } } } ] }
        }
        """)!.AsObject();
        var report = await RunRecipeAsync(new JsonObject { ["name"] = "content", ["data"] = new JsonArray(menu.DeepClone()) });
        Assert.Equal(1, report.Created);

        using var scope = site.Site.Services.CreateScope();
        var export = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync(["Menu"]);
        var exported = export["steps"]!.AsArray().Select(s => s!["data"]).OfType<JsonArray>().SelectMany(a => a)
            .Single(i => i!["ContentItemId"]!.GetValue<string>() == id)!.AsObject();
        foreach (var part in new[] { "TitlePart", "AliasPart", "MenuPart", "MenuItemsListPart" })
        {
            Assert.True(JsonNode.DeepEquals(menu[part], exported[part]), $"{part}: {exported[part]?.ToJsonString()}");
        }
        var types = export["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "ContentDefinition")!["ContentTypes"]!.AsArray()
            .Select(t => t!["Name"]!.GetValue<string>()).ToList();
        Assert.Contains("Menu", types);
    }

    [Fact]
    public async Task An_alias_already_taken_is_refused_naming_it_in_the_editor_path_and_in_a_recipe()
    {
        using var scope = site.Site.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("Menu");
        item.DisplayText = "Copie";
        item.Content["TitlePart"] = new JsonObject { ["Title"] = "Copie" };
        item.Content["AliasPart"] = new JsonObject { ["Alias"] = "Main-Menu" };
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => manager.CreateAsync(item, publish: true));
        Assert.Equal("AliasPart.Alias", Assert.Single(error.Errors).Field);
        Assert.Contains("« Main-Menu »", error.Errors[0].Message);
        Assert.Contains("« Menu principal »", error.Errors[0].Message);

        var recipe = await Assert.ThrowsAsync<RecipeException>(() => RunRecipeAsync(new JsonObject
        {
            ["name"] = "content",
            ["data"] = new JsonArray(new JsonObject
            {
                ["ContentItemId"] = NewId(), ["ContentType"] = "Menu", ["DisplayText"] = "Doublon", ["Published"] = true, ["Latest"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = "Doublon" }, ["AliasPart"] = new JsonObject { ["Alias"] = "footer-menu" },
            }),
        }));
        Assert.Contains("Étape 1 « content »", recipe.Message);
        Assert.Contains("« footer-menu » de « Doublon »", recipe.Message);
    }

    [Fact]
    public async Task Editing_a_menu_in_the_back_office_changes_the_public_header_at_once()
    {
        // Edits the setup recipe's main menu, and restores it at the end.
        using var scope = site.Site.Services.CreateScope();
        var aliasLookup = scope.ServiceProvider.GetRequiredService<Cms.Alias.Models.IAliasLookup>();
        var menuId = (await aliasLookup.GetPublishedIdAsync("main-menu"))!;
        using var client = site.Client();
        using var visitor = site.Client();
        Assert.DoesNotContain("Contact presse", await visitor.GetStringAsync("/thematiques")); // now cached
        await SignInAsync(client);

        var url = $"/admin/menus/{menuId}";
        var page = await client.GetStringAsync(url);
        var fields = Form(page);
        var response = await PostAsync(client, url, fields, "add|LinkMenuItem");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        page = await client.GetStringAsync(url);
        fields = Form(page);
        var path = Regex.Matches(page, "name=\"paths\" value=\"([^\"]+)\"").Last().Groups[1].Value;
        Assert.Equal("5", path);
        // Empty label: refused with a French message, nothing saved.
        var refused = await PostAsync(client, url, fields, "publish");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("« Libellé » est obligatoire pour un lien.", await refused.Content.ReadAsStringAsync());

        fields = fields.Select(f => f.Key == $"m[{path}].Label" ? (f.Key, "Contact presse") : f.Key == $"m[{path}].Url" ? (f.Key, "/presse") : f).ToList();
        response = await PostAsync(client, url, fields, "up|5");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Contact presse", await visitor.GetStringAsync("/thematiques")); // a draft: not shown yet

        page = await client.GetStringAsync(url);
        response = await PostAsync(client, url, Form(page), "publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var labels = Links(Section(await visitor.GetStringAsync("/thematiques"), "navigation-principale")).Select(l => l.Text).ToList();
        Assert.Equal(["Accueil", "Agenda", "Évènements passés", "Thématiques", "Contact presse", "Partenaires"], labels);

        // Restore the recipe's menu for the other tests.
        page = await client.GetStringAsync(url);
        response = await PostAsync(client, url, Form(page), "remove|4");
        page = await client.GetStringAsync(url);
        await PostAsync(client, url, Form(page), "publish");
        Assert.DoesNotContain("Contact presse", await visitor.GetStringAsync("/thematiques"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<(string Key, string Value)> fields, string action) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Append(("action", action)).Select(f => KeyValuePair.Create(f.Item1, f.Item2))));

    private async Task SignInAsync(HttpClient client)
    {
        var login = await client.GetStringAsync("/admin/connexion");
        var response = await client.PostAsync("/admin/connexion", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("UserName", "admin"), KeyValuePair.Create("Password", ContentModulesSite.AdminPassword),
            KeyValuePair.Create("__RequestVerificationToken", Token(login)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<RecipeReport> RunRecipeAsync(JsonObject step)
    {
        var file = Path.Combine(site.Site.DataDirectory, $"menu-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(file, new JsonObject { ["name"] = "menu-test", ["steps"] = new JsonArray(step) }.ToJsonString());
        using var scope = site.Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
            .ExecuteFileAsync(file, dryRun: false, TextWriter.Null, RecipeOrigin.Local);
    }

    private static string NewId() => IdGenerator.NewId();

    /// <summary>The inputs and text areas of the menu editor's form, as a browser would post them (unchecked boxes left out).</summary>
    private static List<(string Key, string Value)> Form(string html)
    {
        var form = html[html.IndexOf("id=\"menu-editor\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new List<(string Key, string Value)> { ("__RequestVerificationToken", Token(form)) };
        foreach (Match input in Regex.Matches(form, "<input [^>]*>"))
        {
            var name = Attribute(input.Value, "name");
            if (name is null || name == "__RequestVerificationToken") continue;
            if (Attribute(input.Value, "type") == "checkbox" && !input.Value.Contains(" checked", StringComparison.Ordinal)) continue;
            fields.Add((name, Attribute(input.Value, "value") ?? ""));
        }
        foreach (Match area in Regex.Matches(form, "<textarea [^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>"))
        {
            fields.Add((WebUtility.HtmlDecode(area.Groups[1].Value), WebUtility.HtmlDecode(area.Groups[2].Value)));
        }
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
    }

    private static List<(string Href, string Text)> Links(string html) =>
        Regex.Matches(html, "<a [^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
}
