using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Sample.Module.Parts;

namespace Sample.Module.Tests;

public sealed class RecipeStepTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sample-module-recipe-").FullName;

    private string Recipe(string items)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("n") + ".recipe.json");
        File.WriteAllText(path, $$"""{ "name": "test", "steps": [ { "name": "sampleitem", "Items": {{items}} } ] }""");
        return path;
    }

    [Fact]
    public async Task The_step_creates_published_items_once()
    {
        await using var store = await ModuleStore.StartAsync();
        var recipe = Recipe("""[ { "Title": "Première", "Summary": "Un résumé.", "Body": "Du **texte**.", "Path": "sampleitem/premiere" } ]""");

        var first = await store.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(recipe, false, TextWriter.Null, RecipeOrigin.Local));
        var second = await store.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(recipe, false, TextWriter.Null, RecipeOrigin.Local));

        Assert.Equal((1, 0), (first.Created, first.Unchanged));
        Assert.Equal((0, 1), (second.Created, second.Unchanged));
        var item = await store.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetByPathAsync("sampleitem/premiere"));
        Assert.NotNull(item);
        Assert.Equal("Un résumé.", item.As<SampleItemPart>()!.Summary);
        Assert.Equal("Du **texte**.", item.As<MarkdownBodyPart>()!.Markdown);
    }

    [Fact]
    public async Task A_bad_entry_is_named_and_nothing_is_created()
    {
        await using var store = await ModuleStore.StartAsync();
        var recipe = Recipe("""[ { "Title": "Bonne", "Summary": "Un résumé." }, { "Title": "Sans résumé" } ]""");

        var e = await Assert.ThrowsAsync<RecipeException>(() =>
            store.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(recipe, false, TextWriter.Null, RecipeOrigin.Local)));

        Assert.Contains("item 1", e.Message);
        Assert.Contains("« Résumé » est obligatoire.", e.Message);
        var counts = await store.CountsAsync();
        Assert.False(counts.TryGetValue(Migrations.ContentType, out var count) && count > 0);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
