namespace Cms.Abstractions.Recipes;

/// <summary>
/// The one way a recipe step opens a file or folder it names: relative to the recipe's folder, contained in the
/// folder the recipe may read (<see cref="RecipeStepContext.FileRoot"/>), never through a symbolic link that leads out.
/// </summary>
public static class RecipeFiles
{
    /// <summary>The full path of <paramref name="relative"/>, or a <see cref="RecipeException"/> naming <paramref name="property"/>.</summary>
    public static string Resolve(string recipeDirectory, string fileRoot, string relative, string property) =>
        TryResolve(recipeDirectory, fileRoot, relative, out var full)
            ? full
            : throw new RecipeException($"propriété « {property} » : {Outside(fileRoot, relative)}.");

    /// <summary>False when <paramref name="relative"/> leads out of <paramref name="fileRoot"/>.</summary>
    public static bool TryResolve(string recipeDirectory, string fileRoot, string relative, out string full)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fileRoot));
        full = Path.GetFullPath(Path.Combine(Path.GetFullPath(recipeDirectory), relative));
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        var linked = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null;
        return !Path.IsPathRooted(relative) && IsInside(root, full) && (linked is null || IsInside(root, Path.GetFullPath(linked)));
    }

    /// <summary>The French reason given when a path leads out.</summary>
    public static string Outside(string fileRoot, string relative) =>
        $"« {relative} » sort des fichiers que la recette peut lire ({Path.TrimEndingDirectorySeparator(Path.GetFullPath(fileRoot))})";

    public static string Resolve(RecipeStepContext context, string relative, string property) =>
        Resolve(context.RecipeDirectory, context.FileRoot, relative, property);

    /// <summary>The folder a recipe at <paramref name="recipeDirectory"/> may read, by its <paramref name="origin"/>.</summary>
    public static string RootFor(string recipeDirectory, RecipeOrigin origin)
    {
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(recipeDirectory));
        if (origin == RecipeOrigin.Local && string.Equals(Path.GetFileName(directory), "Recipes", StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetDirectoryName(directory) ?? directory;
        }
        return directory;
    }

    private static bool IsInside(string root, string path) =>
        string.Equals(path, root, StringComparison.Ordinal) || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
