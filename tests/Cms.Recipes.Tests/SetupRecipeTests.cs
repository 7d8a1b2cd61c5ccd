using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Cms.ContentFields.Fields;
using Cms.Recipes.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes.Tests;

/// <summary>The setup recipe of the product (recipes/dinum.recipe.json) on a fresh store.</summary>
public sealed class SetupRecipeTests : IAsyncLifetime
{
    private TestStore store = null!;

    public async Task InitializeAsync() => store = await RecipeStore.CreateAsync();
    public async Task DisposeAsync() => await store.DisposeAsync();

    private Task<RecipeReport> RunAsync() => store.InScopeAsync(sp =>
        sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(RepositoryPaths.SetupRecipe, false, TextWriter.Null, RecipeOrigin.Local));

    private static readonly string[] Tracks =
        ["Données & territoire", "Médiation & compétences numériques", "Écologie & soutenabilité", "Communs & souveraineté", "Éthique & émancipation"];

    [Fact]
    public async Task Sets_the_site_the_tracks_the_partners_and_the_sample_events()
    {
        var report = await RunAsync();
        Assert.Empty(report.Refused);

        var settings = await store.InScopeAsync(sp => sp.GetRequiredService<ISiteSettingsStore>().GetAsync());
        Assert.Equal("Numérique en Commun[s]", settings.SiteName);
        Assert.False(string.IsNullOrWhiteSpace(settings.Tagline));
        Assert.Equal(["Accueil", "Agenda", "Évènements passés", "Thématiques"], settings.Navigation.Select(n => n.Label));
        Assert.Equal(["/", "/agenda", "/agenda/passes", "/thematiques"], settings.Navigation.Select(n => n.Path));

        var (themes, partners, events) = await store.InScopeAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            return ((await query.ListAsync(new ContentListQuery { ContentType = "Theme", PageSize = 50 })).Items,
                (await query.ListAsync(new ContentListQuery { ContentType = "Partner", PageSize = 50 })).Items,
                (await query.ListAsync(new ContentListQuery { ContentType = "Event", PageSize = 50 })).Items);
        });
        Assert.Equal(Tracks.Order(), themes.Select(t => t.DisplayText!).Order());
        Assert.All(themes, t => Assert.False(string.IsNullOrWhiteSpace(t.GetField<TextField>("Theme", "Summary")!.Text)));
        Assert.Equal(["Banque des Territoires", "CNNum", "DINUM", "IGN", "Mednum", "Opendata France"], partners.Select(p => p.DisplayText!).Order());
        Assert.Equal("https://cnnumerique.fr/", partners.Single(p => p.DisplayText == "CNNum").GetField<LinkField>("Partner", "Website")!.Url);

        Assert.Equal(6, events.Count);
        var now = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.True(events.Count(e => e.GetField<DateTimeField>("Event", "EndDate")!.Value > now) >= 3);
        Assert.Contains(events, e => e.GetField<DateTimeField>("Event", "EndDate")!.Value!.Value.Date > e.GetField<DateTimeField>("Event", "StartDate")!.Value!.Value.Date);
        Assert.All(events, e => Assert.NotEmpty(e.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds));
        Assert.All(events, e => Assert.Subset(themes.Select(t => t.ContentItemId).ToHashSet(), e.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds.ToHashSet()));
    }

    [Fact]
    public async Task The_seed_tag_Souverainete_is_the_Communs_et_souverainete_track()
    {
        await RunAsync();
        var seed = await store.InScopeAsync(sp => sp.GetRequiredService<IContentManager>()
            .GetAsync(IdGenerator.FromSeed("_evenements/2023-07-26-numerique-en-communs-bordeaux.markdown")));
        var theme = await store.InScopeAsync(sp => sp.GetRequiredService<IContentManager>()
            .GetAsync(Assert.Single(seed!.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds)));
        Assert.Equal("Communs & souveraineté", theme!.DisplayText);
        Assert.Equal(["Souveraineté"], seed!.As<FrontMatterPart>()!.Data!["tags"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public async Task Running_it_again_changes_nothing()
    {
        await RunAsync();
        var counts = await store.CountsAsync();
        var again = await RunAsync();
        Assert.Equal(0, again.Created);
        Assert.Equal(0, again.Updated);
        Assert.Equal(counts, await store.CountsAsync());
    }

    [Fact]
    public async Task The_startup_task_runs_it_only_when_the_database_was_just_created()
    {
        var contentRoot = Path.Combine(RepositoryPaths.Root, "src", "Cms.Web");
        await store.InScopeAsync(async sp =>
        {
            await sp.GetServices<IStartupTask>().OfType<SetupRecipeStartupTask>().Single()
                .RunAsync(new StartupContext(DatabaseCreated: false, TextWriter.Null, contentRoot), CancellationToken.None);
            return 0;
        });
        Assert.Empty(await store.CountsAsync());

        await store.InScopeAsync(async sp =>
        {
            await sp.GetServices<IStartupTask>().OfType<SetupRecipeStartupTask>().Single()
                .RunAsync(new StartupContext(DatabaseCreated: true, TextWriter.Null, contentRoot), CancellationToken.None);
            return 0;
        });
        Assert.Equal(6, (await store.CountsAsync())["Event"]);
    }

    [Fact]
    public void The_recipe_is_found_from_configuration_or_by_walking_up()
    {
        var contentRoot = Path.Combine(RepositoryPaths.Root, "src", "Cms.Web");
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal(RepositoryPaths.SetupRecipe, SetupRecipeLocator.Locate(empty, contentRoot));
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cms:SetupRecipe"] = "../../recipes/dinum.recipe.json" }).Build();
        Assert.Equal(RepositoryPaths.SetupRecipe, SetupRecipeLocator.Locate(configured, contentRoot));
        var missing = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cms:SetupRecipe"] = "nulle-part.json" }).Build();
        Assert.Contains("Cms:SetupRecipe", Assert.Throws<InvalidOperationException>(() => SetupRecipeLocator.Locate(missing, contentRoot)).Message);
        Assert.Null(SetupRecipeLocator.Locate(empty, Path.GetTempPath()));
    }
}
