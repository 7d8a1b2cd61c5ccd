using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes.Tests;

/// <summary>Exporting a site and running that recipe on an empty site gives the same items, definitions and settings.</summary>
public sealed class ExportRoundTripTests : IAsyncLifetime
{
    private TestStore source = null!;
    private TestStore target = null!;
    private readonly string file = Path.Combine(Path.GetTempPath(), $"cms-export-{Guid.NewGuid():N}.json");

    public async Task InitializeAsync()
    {
        source = await RecipeStore.CreateAsync();
        target = await RecipeStore.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
        File.Delete(file);
    }

    private static async Task<List<ContentItem>> LatestItemsAsync(TestStore store) =>
        await store.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery { Status = ContentStatus.Latest, PageSize = 500 });
            return result.Items.OrderBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
        });

    [Fact]
    public async Task Export_then_recipe_on_an_empty_site_gives_the_same_items()
    {
        await source.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(RepositoryPaths.SetupRecipe, false, TextWriter.Null, RecipeOrigin.Local));
        // An edited item (second version) and a draft that was never published.
        await source.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var theme = (await content.GetAsync(IdGenerator.FromSeed("Theme:ecologie-soutenabilite"), VersionOptions.Latest))!;
            theme.ApplyField("Theme", "Summary", new TextField { Text = "Résumé revu par l'éditeur." });
            await content.PublishAsync(theme);
            var draft = await content.NewAsync("Partner");
            draft.Apply(new TitlePart { Title = "Partenaire en préparation" });
            return await content.CreateAsync(draft, publish: false);
        });

        var exitCode = await source.InScopeAsync(sp =>
            sp.GetServices<ICommand>().Single(c => c.Name == "export").RunAsync([file], TextWriter.Null, CancellationToken.None));
        Assert.Equal(ExitCodes.Success, exitCode);

        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        Assert.Equal(["ContentDefinition", "settings", "content"], recipe["steps"]!.AsArray().Select(s => (string)s!["name"]!));

        var recipeExit = await target.InScopeAsync(sp =>
            sp.GetServices<ICommand>().Single(c => c.Name == "recipe").RunAsync([file], TextWriter.Null, CancellationToken.None));
        Assert.Equal(ExitCodes.Success, recipeExit);

        var expected = await LatestItemsAsync(source);
        var actual = await LatestItemsAsync(target);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].ContentItemId, actual[i].ContentItemId);
            Assert.Equal(expected[i].ContentItemVersionId, actual[i].ContentItemVersionId);
            Assert.Equal(expected[i].ContentType, actual[i].ContentType);
            Assert.Equal(expected[i].Published, actual[i].Published);
            Assert.Equal(expected[i].CreatedUtc, actual[i].CreatedUtc);
            Assert.Equal(expected[i].As<AutoroutePart>()?.Path, actual[i].As<AutoroutePart>()?.Path);
            Assert.True(expected[i].HasSameContentAs(actual[i]), $"{expected[i].ContentItemId} ({expected[i].DisplayText}) differs");
        }
        Assert.Contains(actual, i => i.DisplayText == "Partenaire en préparation" && !i.Published);
        Assert.Contains(actual, i => i.As<FrontMatterPart>()?.SourcePath == "_evenements/2023-07-26-numerique-en-communs-bordeaux.markdown");

        var (sourceDefinitions, targetDefinitions) = (await Definitions(source), await Definitions(target));
        Assert.Equal(sourceDefinitions, targetDefinitions);
        var (sourceSettings, targetSettings) = (await Settings(source), await Settings(target));
        Assert.Equal(sourceSettings, targetSettings);
    }

    private static Task<string> Definitions(TestStore store) => store.InScopeAsync(async sp =>
    {
        var record = await sp.GetRequiredService<IContentDefinitionManager>().LoadAsync();
        record.ContentTypes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        record.ContentParts.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return System.Text.Json.JsonSerializer.Serialize(record);
    });

    private static Task<string> Settings(TestStore store) => store.InScopeAsync(async sp =>
        System.Text.Json.JsonSerializer.Serialize(await sp.GetRequiredService<ISiteSettingsStore>().GetAsync()));
}
