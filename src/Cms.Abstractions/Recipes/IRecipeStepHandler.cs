using System.Text.Json.Nodes;

namespace Cms.Abstractions.Recipes;

/// <summary>
/// Executes one kind of recipe step (<c>{ "name": "content", … }</c>). Step names are matched case-insensitively.
/// Each step runs in its own transaction: what a failing step wrote is rolled back.
/// </summary>
public interface IRecipeStepHandler
{
    string Name { get; }
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

/// <summary>One step of a running recipe: its JSON (expressions already resolved), where the recipe lives, and where to report.</summary>
public sealed class RecipeStepContext
{
    public required string RecipeName { get; init; }
    public required int StepIndex { get; init; }
    public required string StepName { get; init; }
    public required JsonObject Step { get; init; }
    /// <summary>Folder of the recipe file: relative paths in steps are resolved from here.</summary>
    public required string RecipeDirectory { get; init; }
    /// <summary>The folder the recipe may read files from (<see cref="RecipeOrigin"/>); open files with <see cref="RecipeFiles"/>.</summary>
    public required string FileRoot { get; init; }
    public bool DryRun { get; init; }
    public required RecipeReport Report { get; init; }
    public required TextWriter Output { get; init; }

    /// <summary>A step property by name, case-insensitively.</summary>
    public JsonNode? Property(string name) =>
        Step.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>What a recipe did: counts and one line per refused document.</summary>
public sealed class RecipeReport
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public List<RefusedDocument> Refused { get; } = [];
    public List<string> MissingMedia { get; } = [];
    public List<string> Messages { get; } = [];
    /// <summary>What the recipe asked for and did not get (an Orchard feature we do not have, a step not supported yet…).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>The end-of-run summary, in French: messages, counts, one line per refused document and per missing media file.</summary>
    public void WriteTo(TextWriter output, bool dryRun)
    {
        foreach (var message in Messages)
        {
            output.WriteLine($"  {message}");
        }
        foreach (var warning in Warnings)
        {
            output.WriteLine($"  avertissement : {warning}");
        }
        output.WriteLine($"{(dryRun ? "Essai à blanc — " : "")}créés : {Created}, mis à jour : {Updated}, inchangés : {Unchanged}, refusés : {Refused.Count}.");
        foreach (var refused in Refused)
        {
            output.WriteLine($"  refusé : {refused}");
        }
        if (MissingMedia.Count > 0)
        {
            output.WriteLine($"Médias introuvables : {MissingMedia.Count}");
            foreach (var missing in MissingMedia)
            {
                output.WriteLine($"  manquant : {missing}");
            }
        }
    }
}

/// <summary>A document that was not imported: its path, why, and the line when known.</summary>
public sealed record RefusedDocument(string Path, string Reason, int? Line = null)
{
    public override string ToString() => Line is null ? $"{Path}: {Reason}" : $"{Path}:{Line}: {Reason}";
}

/// <summary>Runs recipes from files.</summary>
public interface IRecipeExecutor
{
    /// <summary>
    /// Runs the recipe at <paramref name="path"/>. <paramref name="origin"/> decides which files it may read
    /// (an upload only its own; a local recipe its package); <paramref name="parameters"/> override the environment's.
    /// </summary>
    Task<RecipeReport> ExecuteFileAsync(string path, bool dryRun, TextWriter output, RecipeOrigin origin,
        IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>A recipe that cannot run, naming the step and property at fault.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
