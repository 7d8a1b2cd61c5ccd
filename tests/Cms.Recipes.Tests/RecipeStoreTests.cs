using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Media;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes.Tests;

/// <summary>Steps and failures against the real store; the recipe command's exit codes.</summary>
public sealed class RecipeStoreTests : IAsyncLifetime
{
    private TestStore store = null!;
    private readonly string directory = Directory.CreateTempSubdirectory("cms-recipe-store").FullName;

    public async Task InitializeAsync() => store = await RecipeStore.CreateAsync();

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private string Write(string json)
    {
        var path = Path.Combine(directory, $"r{Guid.NewGuid():N}.recipe.json");
        File.WriteAllText(path, json);
        return path;
    }

    private Task<int> CommandAsync(params string[] args) => store.InScopeAsync(sp =>
        sp.GetServices<ICommand>().Single(c => c.Name == "recipe").RunAsync(args, TextWriter.Null, CancellationToken.None));

    private const string ValidTheme = """
        { "ContentItemId": "theme0000000000000000000ok", "ContentItemVersionId": "themev000000000000000000ok", "ContentType": "Theme",
          "DisplayText": "Valide", "Latest": true, "Published": true, "TitlePart": { "Title": "Valide" }, "AutoroutePart": { "Path": "thematiques/valide" } }
        """;

    [Fact]
    public async Task A_failing_step_rolls_back_its_own_writes_and_keeps_the_earlier_steps()
    {
        var path = Write($$"""
            { "steps": [
                { "name": "settings", "SiteName": "Avant l'échec" },
                { "name": "content", "data": [ {{ValidTheme}}, { "ContentItemId": "x0000000000000000000000000", "ContentType": "Inconnu", "TitlePart": {} } ] } ] }
            """);

        Assert.Equal(ExitCodes.SomeRefused, await CommandAsync(path));

        Assert.Equal("Avant l'échec", (await store.InScopeAsync(sp => sp.GetRequiredService<ISiteSettingsStore>().GetAsync())).SiteName);
        Assert.Null(await store.LatestAsync("theme0000000000000000000ok"));
    }

    [Fact]
    public async Task An_unknown_step_is_a_usage_error_and_writes_nothing()
    {
        var path = Write($$"""{ "steps": [ { "name": "content", "data": [ {{ValidTheme}} ] }, { "name": "calques", "Layers": [] } ] }""");
        Assert.Equal(ExitCodes.UsageError, await CommandAsync(path));
        Assert.Null(await store.LatestAsync("theme0000000000000000000ok"));
    }

    [Fact]
    public async Task A_good_recipe_exits_0_and_a_dry_run_writes_nothing()
    {
        var path = Write($$"""{ "steps": [ { "name": "content", "data": [ {{ValidTheme}} ] } ] }""");
        Assert.Equal(ExitCodes.Success, await CommandAsync(path, "--dry-run"));
        Assert.Null(await store.LatestAsync("theme0000000000000000000ok"));
        Assert.Equal(ExitCodes.Success, await CommandAsync(path));
        Assert.Equal("Valide", (await store.LatestAsync("theme0000000000000000000ok"))!.DisplayText);
        Assert.Equal(ExitCodes.UsageError, await CommandAsync());
        Assert.Equal(ExitCodes.UsageError, await CommandAsync(Path.Combine(directory, "absent.json")));
    }

    [Fact]
    public async Task ContentDefinition_merges_into_the_migrated_Event_type()
    {
        var path = Write("""
            { "steps": [ { "name": "contentdefinition",
                "ContentTypes": [ { "Name": "Event", "Settings": { "SeoSettings": { "Robots": "index" } },
                                    "ContentTypePartDefinitionRecords": [ { "PartName": "SeoMetaPart", "Name": "SeoMetaPart", "Settings": {} } ] } ] } ] }
            """);
        Assert.Equal(ExitCodes.Success, await CommandAsync(path));
        var type = (await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Event")))!;
        Assert.Equal("Évènement", type.DisplayName);
        Assert.Equal(["TitlePart", "AutoroutePart", "MarkdownBodyPart", "Event", "InfoFields", "FrontMatterPart", "SeoMetaPart"],
            type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        Assert.True(type.Settings.Get<ContentTypeSettings>().Versionable);
        Assert.Equal("index", (string?)type.Settings["SeoSettings"]!["Robots"]);
    }

    [Fact]
    public async Task Media_step_copies_files_and_refuses_paths_that_leave_the_store()
    {
        Directory.CreateDirectory(Path.Combine(directory, "media"));
        await File.WriteAllBytesAsync(Path.Combine(directory, "media", "logo.png"), [9, 8, 7]);
        var path = Write("""
            { "steps": [ { "name": "media", "Files": [
                { "TargetPath": "partenaires/logo.png", "SourcePath": "media/logo.png" },
                { "TargetPath": "textes/hello.txt", "Base64": "Ym9uam91cg==" } ] } ] }
            """);
        Assert.Equal(ExitCodes.Success, await CommandAsync(path));
        Assert.True(await store.InScopeAsync(sp => sp.GetRequiredService<IMediaStore>().ExistsAsync("partenaires/logo.png")));
        Assert.True(await store.InScopeAsync(sp => sp.GetRequiredService<IMediaStore>().ExistsAsync("textes/hello.txt")));

        var escaping = Write("""{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "../../etc/x", "Base64": "eA==" } ] } ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() => store.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(escaping, false, TextWriter.Null, RecipeOrigin.Upload)));
        Assert.Contains("Files[0].TargetPath", e.Message);
    }

    [Theory]
    [InlineData("Source", "../dehors")]
    [InlineData("Source", "/etc")]
    [InlineData("Media", "/etc")]
    [InlineData("Media", "lien")]
    public async Task Item10_markdown_import_paths_are_contained_in_the_recipe_folder(string property, string value)
    {
        var recipeFolder = Directory.CreateDirectory(Path.Combine(directory, "recette")).FullName;
        Directory.CreateDirectory(Path.Combine(recipeFolder, "docs"));
        Directory.CreateDirectory(Path.Combine(directory, "dehors"));
        Directory.CreateSymbolicLink(Path.Combine(recipeFolder, "lien"), Path.Combine(directory, "dehors"));
        var step = property == "Source"
            ? $$"""{ "name": "markdown-import", "Source": "{{value}}" }"""
            : $$"""{ "name": "markdown-import", "Source": "docs", "Media": "{{value}}" }""";
        var path = Path.Combine(recipeFolder, "r.recipe.json");
        File.WriteAllText(path, $$"""{ "steps": [ {{step}} ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() => store.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(path, true, TextWriter.Null, RecipeOrigin.Upload)));
        Assert.Contains($"« {property} »", e.Message);
        Assert.Contains("sort des fichiers que la recette peut lire", e.Message);
    }

    [Theory]
    [InlineData("""{ "name": "markdown-import" }""", "Source")]
    [InlineData("""{ "name": "markdown-import", "Source": "absent" }""", "Source")]
    [InlineData("""{ "name": "markdown-import", "Source": ".", "ContentType": "Article" }""", "ContentType")]
    [InlineData("""{ "name": "markdown-import", "Source": ".", "TagAliases": [ "x" ] }""", "TagAliases")]
    public async Task Markdown_import_step_names_the_bad_property(string step, string property)
    {
        var path = Write($$"""{ "steps": [ {{step}} ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() => store.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload)));
        Assert.StartsWith("Étape 1 « markdown-import »", e.Message);
        Assert.Contains($"« {property}", e.Message);
    }
}
