namespace Cms.MarkdownImport.Tests;

/// <summary>Paths computed from the repository root (the folder holding Cms.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Recipes => Path.Combine(Root, "recipes");

    public static string SeedCopy => Path.Combine(Recipes, "content", "_evenements", "2023-07-26-numerique-en-communs-bordeaux.markdown");

    /// <summary>
    /// The shared corpus, <c>../shared/corpus/numerique.gouv.fr/_evenements</c> from the repository root; a worktree
    /// sits one level deeper than the main checkout, so the parents of the root are tried in turn.
    /// </summary>
    public static string CorpusEvents => FindShared(Path.Combine("corpus", "numerique.gouv.fr", "_evenements"));

    public static string Seed => FindShared(Path.Combine("seed", "000_7d2a24cb73087922.txt"));

    private static string FindShared(string relative)
    {
        for (var directory = new DirectoryInfo(Root).Parent; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relative);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"../shared/{relative} not found above {Root}.");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cms.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Cms.sln not found above the tests folder.");
    }
}
