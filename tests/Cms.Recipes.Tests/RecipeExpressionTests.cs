using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Tests;

public sealed class RecipeExpressionTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("cms-recipe-expr").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private RecipeExpressionEvaluator Evaluator(string variables = "{}", Dictionary<string, string>? parameters = null) =>
        new(directory, JsonNode.Parse(variables)!.AsObject(), parameters);

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
    [InlineData("""{ "data": [ { "Owner": "[js: configuration('x')]" } ] }""", "data[0].Owner", "configuration")]
    [InlineData("""{ "Path": "[liquid: 'x']" }""", "Path", "liquid")]
    [InlineData("""{ "a": { "b": "[js: base64('eA==')]" } }""", "a.b", "base64")]
    [InlineData("""{ "a": "[js: variables('nope')]" }""", "a", "nope")]
    [InlineData("""{ "a": "[js: parameters('absent')]" }""", "a", "absent")]
    [InlineData("""{ "a": "[file:text('../outside.txt')]" }""", "a", "sort du dossier")]
    [InlineData("""{ "a": "[file:text('missing.txt')]" }""", "a", "introuvable")]
    public void Anything_else_is_refused_naming_step_and_property(string json, string property, string detail)
    {
        var e = Assert.Throws<RecipeException>(() => Evaluator().ResolveStep(Step(json), 3, "content"));
        Assert.Contains("Étape 3 « content »", e.Message);
        Assert.Contains($"propriété « {property} »", e.Message);
        Assert.Contains(detail, e.Message);
    }

    [Fact]
    public void A_bad_variable_is_named()
    {
        var e = Assert.Throws<RecipeException>(() => Evaluator("""{ "v": "[js: now()]" }"""));
        Assert.Contains("Variable « v »", e.Message);
    }
}
