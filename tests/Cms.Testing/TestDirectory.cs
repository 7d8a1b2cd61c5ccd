namespace Cms.Testing;

/// <summary>Temporary folders for the tests' data directories, and files of the repository found from the test output.</summary>
public static class TestDirectory
{
    /// <summary>A new, not yet created, folder path under the system's temp folder: <c>{temp}/{name}/{guid}</c>.</summary>
    public static string NewPath(string name) => Path.Combine(Path.GetTempPath(), name, Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Deletes <paramref name="path"/> once SQLite has let go of its files. Best effort: a file still open on some
    /// platform leaves the folder to the system's temp cleaning.
    /// </summary>
    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // left to the system's temp cleaning
        }
    }

    /// <summary>A file of the repository (e.g. <c>recipes/dinum.recipe.json</c>), found by walking up from the test output.</summary>
    public static string FindRepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}.");
    }
}
