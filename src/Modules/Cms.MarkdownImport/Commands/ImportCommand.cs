using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.MarkdownImport.Services;

namespace Cms.MarkdownImport.Commands;

/// <summary>
/// <c>import &lt;folder&gt; [--dry-run] [--media &lt;folder&gt;]</c>: imports Jekyll documents as events. Exit 0 when every
/// document went in, 1 when some were refused (each named with its reason), 2 for a usage error.
/// </summary>
public sealed class ImportCommand(MarkdownImporter importer) : ICommand
{
    public string Name => "import";
    public string Usage => "<folder> [--dry-run] [--media <folder>]  imports Jekyll documents as events";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        string? folder = null, media = null;
        var dryRun = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--media" when i + 1 < args.Count: media = args[++i]; break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal) || folder is not null:
                    return await UsageAsync(output, $"unexpected argument '{arg}'");
                case var arg: folder = arg; break;
            }
        }
        if (folder is null) return await UsageAsync(output, "the folder to import is missing");

        RecipeReport report;
        try
        {
            report = await importer.ImportAsync(new MarkdownImportOptions { Folder = folder, MediaFolder = media, DryRun = dryRun }, output, cancellationToken);
        }
        catch (DirectoryNotFoundException e)
        {
            await output.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("Import interrompu : les documents déjà écrits le restent, le lot en cours est annulé ; relancez la même commande pour terminer.");
            return ExitCodes.SomeRefused;
        }
        report.WriteTo(output, dryRun);
        return report.Refused.Count > 0 ? ExitCodes.SomeRefused : ExitCodes.Success;
    }

    private async Task<int> UsageAsync(TextWriter output, string problem)
    {
        await output.WriteLineAsync($"error: {problem}.");
        await output.WriteLineAsync($"usage: import {Usage}");
        return ExitCodes.UsageError;
    }
}
