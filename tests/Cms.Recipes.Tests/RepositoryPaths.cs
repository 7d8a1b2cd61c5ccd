namespace Cms.Recipes.Tests;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SetupRecipe => Path.Combine(Root, "recipes", "dinum.recipe.json");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cms.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Cms.sln not found above the tests folder.");
    }
}
