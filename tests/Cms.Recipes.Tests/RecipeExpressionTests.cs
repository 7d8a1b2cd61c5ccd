using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;
using Microsoft.Extensions.Configuration;

namespace Cms.Recipes.Tests;

public sealed class RecipeExpressionTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("cms-recipe-expr").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private RecipeExpressionEvaluator Evaluator(string variables = "{}", Dictionary<string, string>? parameters = null,
        Dictionary<string, string?>? configuration = null, string? fileRoot = null) =>
        new(directory, JsonNode.Parse(variables)!.AsObject(), parameters, fileRoot,
            new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build());

    private static JsonObject Step(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Uuid_gives_a_new_26_character_id()
    {
        var step = Evaluator().ResolveStep(Step("""{ "a": "[js:uuid()]", "b": "[js: uuid()]" }"""), 1, "content");
        Assert.Matches("^[0-9a-z]{26}$", (string)step["a"]!);
        Assert.NotEqual((string)step["a"]!, (string)step["b"]!);
    }

    [Fact]
    public void Variables_are_evaluated_once_and_keep_their_json_type()
    {
        var evaluator = Evaluator("""{ "id": "[js:uuid()]", "count": 3, "same": "[js: variables('id')]" }""");
        var step = evaluator.ResolveStep(Step("""
            { "data": [ { "ContentItemId": "[js: variables('id')]", "n": "[js:variables(\"count\")]", "s": "[js:variables('same')]" } ] }
            """), 1, "content");
        var item = step["data"]![0]!;
        Assert.Equal((string)item["ContentItemId"]!, (string)item["s"]!);
        Assert.Equal(3, (int)item["n"]!);
        var again = evaluator.ResolveStep(Step("""{ "x": "[js:variables('id')]" }"""), 2, "content");
        Assert.Equal((string)item["ContentItemId"]!, (string)again["x"]!);
    }

    [Fact]
    public void Parameters_and_embedded_expressions()
    {
        var step = Evaluator(parameters: new() { ["site"] = "Agenda" })
            .ResolveStep(Step("""{ "SiteName": "[js: parameters('site')]", "Title": "Bienvenue sur [js:parameters('site')] !" }"""), 1, "settings");
        Assert.Equal("Agenda", (string)step["SiteName"]!);
        Assert.Equal("Bienvenue sur Agenda !", (string)step["Title"]!);
    }

    [Fact]
    public void File_text_reads_relative_to_the_recipe()
    {
        Directory.CreateDirectory(Path.Combine(directory, "content"));
        File.WriteAllText(Path.Combine(directory, "content", "about.md"), "# À propos\n");
        var step = Evaluator().ResolveStep(Step("""{ "Markdown": "[file:text('content/about.md')]" }"""), 1, "content");
        Assert.Equal("# À propos\n", (string)step["Markdown"]!);
    }

    [Fact]
    public void Text_that_only_looks_like_brackets_is_left_alone()
    {
        var step = Evaluator().ResolveStep(Step("""{ "t": "Numérique en Commun[s]", "m": "[lien](/x)", "o": "[1, 2]" }"""), 1, "content");
        Assert.Equal("Numérique en Commun[s]", (string)step["t"]!);
        Assert.Equal("[lien](/x)", (string)step["m"]!);
        Assert.Equal("[1, 2]", (string)step["o"]!);
    }

    [Theory]
    [InlineData("""{ "data": [ { "Owner": "[js: new Date().toISOString()]" } ] }""", "data[0].Owner", "attendu")]
    [InlineData("""{ "Path": "[liquid: 'x']" }""", "Path", "liquid")]
    [InlineData("""{ "a": { "b": "[js: base64('pas du base64 !')]" } }""", "a.b", "base64")]
    [InlineData("""{ "a": { "b": "[js: now()]" } }""", "a.b", "fonction inconnue « now »")]
    [InlineData("""{ "a": "[js: 'x' + ]" }""", "a", "incomplète")]
    [InlineData("""{ "a": "[js: variables('nope')]" }""", "a", "nope")]
    [InlineData("""{ "a": "[js: parameters('absent')]" }""", "a", "absent")]
    [InlineData("""{ "a": "[file:text('../outside.txt')]" }""", "a", "sort des fichiers que la recette peut lire")]
    [InlineData("""{ "a": "[file:text('missing.txt')]" }""", "a", "introuvable")]
    public void Anything_else_is_refused_naming_step_and_property(string json, string property, string detail)
    {
        var e = Assert.Throws<RecipeException>(() => Evaluator().ResolveStep(Step(json), 3, "content"));
        Assert.Contains("Étape 3 « content »", e.Message);
        Assert.Contains($"propriété « {property} »", e.Message);
        Assert.Contains(detail, e.Message);
    }

    [Fact]
    public void A_bad_variable_is_named_when_it_is_used_and_ignored_when_it_is_not()
    {
        var evaluator = Evaluator("""{ "now": "[js: new Date().toISOString()]", "v": "[js: now()]", "ok": "x" }""");
        Assert.Equal("x", (string)evaluator.ResolveStep(Step("""{ "a": "[js: variables('ok')]" }"""), 1, "content")["a"]!);
        var e = Assert.Throws<RecipeException>(() => evaluator.ResolveStep(Step("""{ "a": "[js: variables('v')]" }"""), 2, "content"));
        Assert.Contains("Variable « v »", e.Message);
        Assert.Contains("now", e.Message);
    }

    [Fact]
    public void A_variable_that_uses_itself_is_refused()
    {
        var evaluator = Evaluator("""{ "a": "[js: variables('b')]", "b": "[js: 'x' + variables('a')]" }""");
        var e = Assert.Throws<RecipeException>(() => evaluator.ResolveStep(Step("""{ "v": "[js: variables('a')]" }"""), 1, "content"));
        Assert.Contains("dépend d'elle-même", e.Message);
    }

    [Fact]
    public void Orchard_admin_links_concatenate_strings_and_variables()
    {
        var evaluator = Evaluator("""{ "blog": "[js:uuid()]" }""");
        var step = evaluator.ResolveStep(Step("""{ "LinkUrl": "[js: 'Admin/Contents/ContentItems/' +  variables('blog') + '/Display']", "Id": "[js:variables('blog')]" }"""), 1, "AdminTrees");
        Assert.Equal($"Admin/Contents/ContentItems/{(string)step["Id"]!}/Display", (string)step["LinkUrl"]!);
        Assert.Equal(3, (int)evaluator.ResolveStep(Step("""{ "n": "[js: 1 + 2]" }"""), 2, "x")["n"]!);
        Assert.Equal("a1", (string)evaluator.ResolveStep(Step("""{ "s": "[js: 'a' + 1]" }"""), 3, "x")["s"]!);
    }

    [Fact]
    public void Base64_decodes_and_configuration_reads_keys_with_a_default()
    {
        var step = Evaluator(configuration: new() { ["Cms:Site:Email"] = "contact@numerique.gouv.fr" }).ResolveStep(Step("""
            {
              "Template": "[js:base64('eyAic2l6ZSI6IDMgfQ==')]",
              "Email": "[js: configuration('Cms:Site:Email', 'x@y')]",
              "Missing": "[js: configuration('Cms:Absent', 'par défaut')]",
              "Nothing": "[js: configuration('Cms:Absent')]"
            }
            """), 1, "queries");
        Assert.Equal("{ \"size\": 3 }", (string)step["Template"]!);
        Assert.Equal("contact@numerique.gouv.fr", (string)step["Email"]!);
        Assert.Equal("par défaut", (string)step["Missing"]!);
        Assert.Null(step["Nothing"]);
    }

    [Fact]
    public void A_local_recipe_reads_its_package_and_an_upload_only_itself()
    {
        // An Orchard theme's layout: Recipes/x.recipe.json beside wwwroot/.
        var recipes = Directory.CreateDirectory(Path.Combine(directory, "Recipes")).FullName;
        Directory.CreateDirectory(Path.Combine(directory, "wwwroot"));
        File.WriteAllText(Path.Combine(directory, "wwwroot", "footer.html"), "<p>pied</p>");
        var step = Step("""{ "Html": "[file:text('../wwwroot/footer.html')]" }""");

        var local = new RecipeExpressionEvaluator(recipes, new JsonObject(), null, RecipeFiles.RootFor(recipes, RecipeOrigin.Local));
        Assert.Equal("<p>pied</p>", (string)local.ResolveStep(step, 1, "content")["Html"]!);

        var uploaded = new RecipeExpressionEvaluator(recipes, new JsonObject(), null, RecipeFiles.RootFor(recipes, RecipeOrigin.Upload));
        var e = Assert.Throws<RecipeException>(() => uploaded.ResolveStep(step, 1, "content"));
        Assert.Contains("sort des fichiers que la recette peut lire", e.Message);
    }
}
