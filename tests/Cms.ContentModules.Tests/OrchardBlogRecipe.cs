using Cms.Abstractions.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests;

/// <summary>
/// Orchard Core's own blog recipe (<c>Fixtures/TheBlogTheme/Recipes/blog.recipe.json</c>, copied from
/// OrchardCMS/OrchardCore <c>src/OrchardCore.Themes/TheBlogTheme/Recipes/blog.recipe.json</c> at commit 7cf3852, with its
/// <c>Snippets/footer.html</c>; the three images of its media step are stand-ins), run once on <see cref="OrchardBlogSite"/> with no
/// parameter typed. Every test that needs the blog awaits <see cref="RunAsync"/>: the recipe's items get new ids on
/// each run, and a second run would find their paths taken.
/// </summary>
public static class OrchardBlogRecipe
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<TestSite, RecipeReport> Reports = [];

    public static string RecipePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "TheBlogTheme", "Recipes", "blog.recipe.json");

    public static async Task<RecipeReport> RunAsync(TestSite site)
    {
        await Gate.WaitAsync();
        try
        {
            if (Reports.TryGetValue(site, out var done)) return done;
            await using var scope = site.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
                .ExecuteFileAsync(RecipePath, dryRun: false, TextWriter.Null, RecipeOrigin.Local);
            Reports[site] = report;
            return report;
        }
        finally
        {
            Gate.Release();
        }
    }
}
