using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Modules;
using Cms.Recipes.Services;

namespace Cms.Recipes.Commands;

/// <summary><c>export &lt;file.json&gt; [--type Name…]</c>: writes the site, or the items of some types, as a recipe (see <see cref="RecipeExporter"/>).</summary>
public sealed class ExportCommand(RecipeExporter exporter) : ICommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "export";
    public string Usage => "<file.json> [--type <Type>…]  exports definitions, settings and content (or the items of some types) as a recipe";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        string? file = null;
        var types = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--type" when i + 1 < args.Count:
                    types.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal) || file is not null:
                    await output.WriteLineAsync($"usage: export {Usage}");
                    return ExitCodes.UsageError;
                case var arg:
                    file = arg;
                    break;
            }
        }
        if (file is null)
        {
            await output.WriteLineAsync($"usage: export {Usage}");
            return ExitCodes.UsageError;
        }
        var path = Path.GetFullPath(file);
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            await output.WriteLineAsync($"error: the folder {directory} does not exist.");
            return ExitCodes.UsageError;
        }
        JsonObject recipe;
        try
        {
            recipe = await exporter.ExportAsync(types, cancellationToken);
        }
        catch (ArgumentException e)
        {
            await output.WriteLineAsync($"erreur : {e.Message}");
            return ExitCodes.UsageError;
        }
        // Written beside, then moved: an interrupted export never leaves a truncated file under the name asked for.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, recipe.ToJsonString(Indented), cancellationToken);
        File.Move(temporary, path, overwrite: true);
        var count = recipe["steps"]!.AsArray()[^1]!["data"]!.AsArray().Count;
        await output.WriteLineAsync($"Export écrit dans {path} : {count} élément(s).");
        return ExitCodes.Success;
    }
}
