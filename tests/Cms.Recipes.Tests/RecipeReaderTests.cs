using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Tests;

public sealed class RecipeReaderTests
{
    [Fact]
    public void Reads_the_header_with_comments_and_any_case()
    {
        var recipe = RecipeReader.Parse("""
            // A comment line, as Orchard Core recipes allow
            {
              "Name": "blog",
              "DISPLAYNAME": "Blog",
              "description": "Un blog",
              "Author": "Orchard",
              "version": "1.0.0",
              "IsSetupRecipe": true,
              "Variables": { "blogId": "[js:uuid()]" },
              // steps follow
              "Steps": [ { "Name": "content", "data": [] }, { "name": "Settings" } ]
            }
            """, "/tmp/blog.recipe.json");

        Assert.Equal("blog", recipe.Name);
        Assert.Equal("Blog", recipe.DisplayName);
        Assert.Equal("Un blog", recipe.Description);
        Assert.Equal("Orchard", recipe.Author);
        Assert.Equal("1.0.0", recipe.Version);
        Assert.True(recipe.IsSetupRecipe);
        Assert.True(recipe.Variables.ContainsKey("blogId"));
        Assert.Equal(["content", "Settings"], recipe.Steps.Select(s => s.Name));
        Assert.Equal([1, 2], recipe.Steps.Select(s => s.Index));
    }

    [Theory]
    [InlineData("{ \"name\": \"x\" ", "JSON invalide")]
    [InlineData("[1, 2]", "objet JSON")]
    [InlineData("{ \"name\": \"x\" }", "steps")]
    [InlineData("{ \"steps\": [ { \"data\": [] } ] }", "l'étape 1 n'a pas de propriété « name »")]
    [InlineData("{ \"steps\": [ 3 ] }", "l'étape 1 n'est pas un objet")]
    [InlineData("{ \"variables\": [], \"steps\": [] }", "« variables » doit être un objet")]
    public void Says_what_is_wrong(string json, string expected)
    {
        var e = Assert.Throws<RecipeException>(() => RecipeReader.Parse(json, "r.json"));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith("r.json", e.Message);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var e = Assert.Throws<RecipeException>(() => RecipeReader.Parse("{\n  \"steps\": [\n    { \"name\": \"content\" \n  ]\n}", "r.json"));
        Assert.Contains("ligne 4", e.Message);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var e = await Assert.ThrowsAsync<RecipeException>(() => RecipeReader.ReadFileAsync("/nonexistent/x.recipe.json"));
        Assert.Contains("/nonexistent/x.recipe.json", e.Message);
    }
}
