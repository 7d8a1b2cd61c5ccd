using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
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
        await RunAsync(new JsonObject
        {
            ["name"] = "content",
            ["data"] = new JsonArray(new JsonObject
            {
                ["ContentItemId"] = id, ["ContentType"] = "Theme", ["DisplayText"] = title, ["Latest"] = true, ["Published"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["AutoroutePart"] = new JsonObject { ["Path"] = "thematiques/" + id },
            }),
        });
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
}
