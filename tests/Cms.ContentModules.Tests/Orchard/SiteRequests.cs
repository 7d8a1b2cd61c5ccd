using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>What the tests of Orchard's site-level steps (Templates, MediaProfiles, AdminMenu) do on a running site.</summary>
public static partial class SiteRequests
{
    public static async Task SignInAsync(HttpClient client)
    {
        var login = await client.GetStringAsync("/admin/connexion");
        var response = await client.PostAsync("/admin/connexion", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("UserName", "admin"), KeyValuePair.Create("Password", ContentModulesSite.AdminPassword),
            KeyValuePair.Create("__RequestVerificationToken", Token(login)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="url"/> with the antiforgery token of the page at <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, params (string Key, string Value)[] fields)
    {
        var page = await client.GetStringAsync(url);
        return await client.PostAsync(url, new FormUrlEncodedContent(
            fields.Append(("__RequestVerificationToken", Token(page))).Select(f => KeyValuePair.Create(f.Item1, f.Item2))));
    }

    public static async Task<RecipeReport> RunRecipeAsync(TestSite site, params JsonObject[] steps)
    {
        var file = Path.Combine(site.DataDirectory, $"orchard-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(file, new JsonObject { ["name"] = "orchard-test", ["steps"] = new JsonArray(steps) }.ToJsonString());
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
            .ExecuteFileAsync(file, dryRun: false, TextWriter.Null, RecipeOrigin.Local);
    }

    public static string Token(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
