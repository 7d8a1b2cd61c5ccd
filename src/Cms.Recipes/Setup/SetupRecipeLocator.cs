using Microsoft.Extensions.Configuration;

namespace Cms.Recipes.Setup;

/// <summary>
/// Where the setup recipe is: <c>Cms:SetupRecipe</c> when configured, otherwise <c>recipes/dinum.recipe.json</c>.
/// A relative path is tried from the content root, then from each folder above it (the content root is
/// <c>src/Cms.Web</c> under <c>dotnet run</c>, but a test host's or a published program's folder elsewhere).
/// </summary>
public static class SetupRecipeLocator
{
    public const string ConfigurationKey = "Cms:SetupRecipe";
    public const string DefaultRelativePath = "recipes/dinum.recipe.json";

    /// <summary>The full path, or null when no recipe is configured and none is found. Throws when a configured one is missing.</summary>
    public static string? Locate(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return WalkUp(contentRoot, DefaultRelativePath);
        }
        if (Path.IsPathRooted(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"Setup recipe '{configured}' ({ConfigurationKey}) not found.");
        }
        return WalkUp(contentRoot, configured)
            ?? throw new InvalidOperationException(
                $"Setup recipe '{configured}' ({ConfigurationKey}) not found, neither from {contentRoot} nor from the folders above it.");
    }

    private static string? WalkUp(string contentRoot, string relative)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(contentRoot)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(directory.FullName, relative));
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
