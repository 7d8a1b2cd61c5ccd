using Microsoft.Extensions.Configuration;

namespace Cms.Recipes.Setup;

/// <summary>
/// Where the setup recipe is: <c>Cms:SetupRecipe</c> when configured (relative to the content root), otherwise
/// <c>recipes/dinum.recipe.json</c> found by walking up from the content root.
/// </summary>
public static class SetupRecipeLocator
{
    public const string ConfigurationKey = "Cms:SetupRecipe";
    public const string DefaultRelativePath = "recipes/dinum.recipe.json";

    /// <summary>The full path, or null when no recipe is configured and none is found. Throws when a configured one is missing.</summary>
    public static string? Locate(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(Path.Combine(contentRoot, configured));
            if (!File.Exists(full))
            {
                throw new InvalidOperationException($"La recette d'installation « {configured} » ({ConfigurationKey}) est introuvable : {full}.");
            }
            return full;
        }
        for (var directory = new DirectoryInfo(Path.GetFullPath(contentRoot)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultRelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
