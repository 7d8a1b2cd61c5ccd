using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Cms.ContentModules.Tests.Html;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.HomeRoute;

/// <summary>Orchard's <c>HomeRoute</c> setting: the item it names is the home page; unset, today's home page stays.</summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class HomeRouteTests(ContentModulesSite fixture)
{
    private async Task RunAsync(params JsonObject[] steps)
    {
        var path = Path.Combine(Path.GetTempPath(), $"home-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(path, new JsonObject { ["name"] = "home-route-test", ["steps"] = new JsonArray(steps) }.ToJsonString());
        try
        {
            using var scope = fixture.Site.Services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Local);
            Assert.Empty(report.Refused);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A published Theme at <c>/thematiques/{id}</c>, through a content step.</summary>
    private Task PublishThemeAsync(string id, string title) => RunAsync(new JsonObject
    {
        ["name"] = "content",
        ["data"] = new JsonArray(new JsonObject
        {
            ["ContentItemId"] = id, ["ContentType"] = "Theme", ["DisplayText"] = title, ["Latest"] = true, ["Published"] = true,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "thematiques/" + id },
        }),
    });

    private static JsonObject HomeRoute(JsonNode? route) => new() { ["name"] = "settings", ["HomeRoute"] = route };

    /// <summary>The home page's title element (the default home page may list the item, but not be it).</summary>
    private async Task<string> HomeTitleAsync()
    {
        var page = await HomeAsync();
        var start = page.IndexOf("<title>", StringComparison.Ordinal);
        return page[start..page.IndexOf("</title>", start, StringComparison.Ordinal)];
    }

    private async Task<string> HomeAsync()
    {
        using var http = fixture.Client();
        using var response = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_item_named_by_the_settings_step_is_the_home_page_while_set_and_published()
    {
        var id = IdGenerator.NewId();
        var title = "Accueil choisi " + id[..6];
        await PublishThemeAsync(id, title);
        Assert.DoesNotContain(title, await HomeTitleAsync());

        var route = new JsonObject { ["Area"] = "OrchardCore.Contents", ["Controller"] = "Item", ["Action"] = "Display", ["ContentItemId"] = id };
        try
        {
            await RunAsync(HomeRoute(route.DeepClone()));
            Assert.Contains(title, await HomeTitleAsync());

            await RunAsync(HomeRoute(null));
            Assert.DoesNotContain(title, await HomeTitleAsync());

            await RunAsync(HomeRoute(route.DeepClone()));
            using (var scope = fixture.Site.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<IContentManager>().UnpublishAsync(id);
            }
            Assert.DoesNotContain(title, await HomeTitleAsync());
        }
        finally
        {
            await RunAsync(HomeRoute(null));
        }
    }

    [Fact]
    public async Task An_administrator_chooses_the_home_page_in_the_site_settings_and_a_refused_value_changes_nothing()
    {
        var id = IdGenerator.NewId();
        var title = "Accueil des paramètres " + id[..6];
        await PublishThemeAsync(id, title);
        var admin = await AdminSession.SignInAsync(fixture);
        SiteSettings Stored()
        {
            using var scope = fixture.Site.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().GetAsync().GetAwaiter().GetResult();
        }
        var before = Stored();
        async Task<HttpResponseMessage> SaveAsync(params (string Key, string Value)[] changes)
        {
            var page = await admin.Http.GetStringAsync("/admin/parametres");
            (string, string)[] selects = [("General.TimeZone", before.TimeZone), ("General.AccessibilityStatus", before.AccessibilityStatus)];
            return await admin.PostAsync("/admin/parametres", page, AdminSession.Form(page, "site-settings", [.. selects, .. changes]));
        }
        try
        {
            var form = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/parametres"));
            Assert.Contains("Général", form);
            Assert.Contains("Page d'accueil", form);

            using (var saved = await SaveAsync(("HomeRoute.Path", $"/thematiques/{id}")))
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains(title, await HomeTitleAsync());
            Assert.Contains($"value=\"/thematiques/{id}\"", await admin.Http.GetStringAsync("/admin/parametres"));

            // Refused: an address with no published item, a relative base URL, a page size of zero. Nothing is saved.
            using (var refused = await SaveAsync(("HomeRoute.Path", "/nulle-part"), ("General.BaseUrl", "www.exemple.fr"), ("General.PageSize", "0"), ("General.SiteName", "Autre nom")))
            {
                Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
                var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
                Assert.Contains("Aucun contenu publié à l'adresse « /nulle-part »", html);
                Assert.Contains("L'adresse du site doit être une adresse absolue", html);
                Assert.Contains("de 1 à 100", html);
                Assert.Contains("value=\"Autre nom\"", html);
            }
            Assert.Equal(before.SiteName, Stored().SiteName);
            Assert.Contains(title, await HomeTitleAsync());

            using (var cleared = await SaveAsync(("HomeRoute.Path", "")))
                Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
            Assert.DoesNotContain(title, await HomeTitleAsync());
            Assert.Equal(before.SiteName, Stored().SiteName);
            Assert.Equal(before.PageSize, Stored().PageSize);
        }
        finally
        {
            await RunAsync(HomeRoute(null));
        }
    }
}
