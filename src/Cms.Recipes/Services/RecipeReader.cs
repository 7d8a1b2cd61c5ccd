using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Models;

namespace Cms.Recipes.Services;

/// <summary>
/// Reads a recipe file: JSON with <c>//</c> and <c>/* */</c> comments and trailing commas allowed, header and step
/// properties matched case-insensitively. Says what is wrong with the file, and where, when it cannot be read.
/// </summary>
public static class RecipeReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException($"Recette introuvable : {path}");
        }
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text, path);
    }

    public static RecipeDescriptor Parse(string text, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (ligne {line + 1})" : "";
            throw new RecipeException($"{path}{where} : JSON invalide : {e.Message}", e);
        }
        if (root is not JsonObject json)
        {
            throw new RecipeException($"{path} : une recette est un objet JSON.");
        }

        var variables = json.Get("variables") switch
        {
            null => new JsonObject(),
            JsonObject v => v,
            _ => throw new RecipeException($"{path} : « variables » doit être un objet."),
        };
        if (json.Get("steps") is not JsonArray stepsArray)
        {
            throw new RecipeException($"{path} : la recette n'a pas de tableau « steps ».");
        }

        var steps = new List<RecipeStep>();
        var index = 0;
        foreach (var node in stepsArray)
        {
            index++;
            if (node is not JsonObject step)
            {
                throw new RecipeException($"{path} : l'étape {index} n'est pas un objet JSON.");
            }
            var name = step.GetString("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException($"{path} : l'étape {index} n'a pas de propriété « name ».");
            }
            steps.Add(new RecipeStep(index, name, step));
        }

        return new RecipeDescriptor
        {
            FilePath = path,
            Name = json.GetString("name") ?? Path.GetFileNameWithoutExtension(path),
            DisplayName = json.GetString("displayName"),
            Description = json.GetString("description"),
            Author = json.GetString("author"),
            Version = json.GetString("version"),
            IsSetupRecipe = json.GetBool("issetuprecipe"),
            Variables = (JsonObject)variables.DeepClone(),
            Steps = steps,
        };
    }
}
