using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests;

/// <summary>
/// One of Orchard Core's own recipes laid out as in its theme (<c>Fixtures/{Theme}/Recipes/…</c> with its
/// <c>Snippets/</c> and the <c>wwwroot/</c> files of its media step), run once on its site with no parameter typed, as
/// the setup recipe runs (<see cref="RecipeOrigin.Local"/>). Every test that needs it awaits <see cref="RunAsync"/>:
/// the recipe's items get new ids on each run, and a second run would find their paths taken.
/// </summary>
public sealed class OrchardRecipe(string theme, string file)
{
    /// <summary>
    /// OrchardCMS/OrchardCore <c>src/OrchardCore.Themes/TheBlogTheme/Recipes/blog.recipe.json</c> at commit 7cf3852, with
    /// its <c>Snippets/footer.html</c>; the three images of its media step are stand-ins (1500×500 JPEGs).
    /// </summary>
    public static OrchardRecipe Blog { get; } = new("TheBlogTheme", "blog.recipe.json");

    /// <summary>
    /// <c>src/OrchardCore.Themes/TheAgencyTheme/Recipes/agency.recipe.json</c>, its <c>Snippets/</c> and the seventeen
    /// images of its media step, as they are in the fork csharp-benchmark/OrchardCore at commit b97ef15 (January 2023,
    /// Orchard Core 1.5): the theme's real files.
    /// </summary>
    public static OrchardRecipe Agency { get; } = new("TheAgencyTheme", "agency.recipe.json");

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<TestSite, RecipeReport> _reports = [];

    public string RecipePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", theme, "Recipes", file);

    public async Task<RecipeReport> RunAsync(TestSite site)
    {
        await _gate.WaitAsync();
        try
        {
            if (_reports.TryGetValue(site, out var done)) return done;
            await using var scope = site.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
                .ExecuteFileAsync(RecipePath, dryRun: false, TextWriter.Null, RecipeOrigin.Local);
            _reports[site] = report;
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The recipe as JSON (Orchard's recipes hold comments).</summary>
    public JsonObject Json() =>
        JsonNode.Parse(File.ReadAllText(RecipePath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();

    /// <summary>A file of the recipe's package, relative to the recipe's folder (<c>[file:text('Snippets/footer.html')]</c>).</summary>
    public string ReadText(string relative) => File.ReadAllText(Path.Combine(Path.GetDirectoryName(RecipePath)!, relative));
}
