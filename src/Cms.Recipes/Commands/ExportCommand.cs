using System.Text.Encodings.Web;
using System.Text.Json;
using Cms.Abstractions.Modules;
using Cms.Recipes.Services;

namespace Cms.Recipes.Commands;

/// <summary><c>export &lt;file.json&gt;</c>: writes the site as a recipe (see <see cref="RecipeExporter"/>).</summary>
public sealed class ExportCommand(RecipeExporter exporter) : ICommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "export";
    public string Usage => "<fichier.json>  exporte définitions, réglages et contenus sous forme de recette";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await output.WriteLineAsync($"usage : export {Usage}");
            return ExitCodes.UsageError;
        }
        var path = Path.GetFullPath(args[0]);
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            await output.WriteLineAsync($"erreur : le dossier {directory} n'existe pas.");
            return ExitCodes.UsageError;
        }
        var recipe = await exporter.ExportAsync(cancellationToken);
        // Written beside, then moved: an interrupted export never leaves a truncated file under the name asked for.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, recipe.ToJsonString(Indented), cancellationToken);
        File.Move(temporary, path, overwrite: true);
        var count = recipe["steps"]![2]!["data"]!.AsArray().Count;
        await output.WriteLineAsync($"Export écrit dans {path} : {count} élément(s).");
        return ExitCodes.Success;
    }
}
