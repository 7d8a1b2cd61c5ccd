using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Commands;

/// <summary>
/// <c>recipe &lt;file.json&gt; [--dry-run] [name=value…]</c>: runs a recipe. Exit 0 when everything went in, 1 when a
/// step failed or documents were refused, 2 when the recipe cannot be read or run (nothing written).
/// </summary>
public sealed class RecipeCommand(RecipeExecutor executor) : ICommand
{
    public string Name => "recipe";
    public string Usage => "<file.json> [--dry-run] [name=value…]  runs a recipe (parameters for [js: parameters('name')]; AdminUserId, AdminUsername and SiteName have defaults)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var dryRun = args.Contains("--dry-run", StringComparer.OrdinalIgnoreCase);
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count == 0 || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && !a.Equals("--dry-run", StringComparison.OrdinalIgnoreCase)))
        {
            await output.WriteLineAsync($"usage: recipe {Usage}");
            return ExitCodes.UsageError;
        }
        var path = Path.GetFullPath(positional[0]);
        PreparedRecipe prepared;
        try
        {
            var parameters = RecipeExecutor.ParseParameters(positional.Skip(1));
            prepared = await executor.PrepareAsync(await RecipeReader.ReadFileAsync(path, cancellationToken), RecipeOrigin.Local, parameters, cancellationToken);
        }
        catch (RecipeException e)
        {
            // The recipe cannot run: nothing has been written.
            await output.WriteLineAsync($"erreur : {e.Message}");
            return ExitCodes.UsageError;
        }

        RecipeReport report;
        try
        {
            report = await executor.RunAsync(prepared, dryRun, output, cancellationToken);
        }
        catch (RecipeException e)
        {
            await output.WriteLineAsync($"erreur : {e.Message}");
            return ExitCodes.SomeRefused;
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("Recette interrompue : les étapes terminées restent, l'étape en cours est annulée ; relancez-la pour terminer.");
            return ExitCodes.SomeRefused;
        }
        report.WriteTo(output, dryRun);
        return report.Refused.Count > 0 ? ExitCodes.SomeRefused : ExitCodes.Success;
    }
}
