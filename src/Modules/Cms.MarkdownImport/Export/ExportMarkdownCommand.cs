using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.MarkdownImport.Mapping;

namespace Cms.MarkdownImport.Export;

/// <summary>
/// <c>export-markdown &lt;folder&gt;</c>: writes every Event (latest version) as its Jekyll document at its
/// <c>FrontMatterPart.SourcePath</c> under the folder (items without one: <c>_evenements/YYYY-MM-DD-slug.markdown</c>).
/// A source path that would leave the folder (rooted, <c>..</c>) or that a second item also claims refuses that
/// item, named. Exit 0 when every event was written, 1 when some were refused, 2 for a usage error.
/// </summary>
public sealed class ExportMarkdownCommand(IContentQuery query, JekyllExporter exporter) : ICommand
{
    private const int PageSize = 200;

    public string Name => "export-markdown";
    public string Usage => "<folder>  writes every event as its Jekyll document (YAML front matter and body) at its source path under the folder";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await output.WriteLineAsync($"usage: export-markdown {Usage}");
            return ExitCodes.UsageError;
        }
        var root = Path.GetFullPath(args[0]).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(root))
        {
            await output.WriteLineAsync($"error: {root} is a file; a folder is expected.");
            return ExitCodes.UsageError;
        }
        Directory.CreateDirectory(root);

        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var refused = new List<string>();
        var events = new ContentListQuery { ContentType = EventMapper.ContentType, Status = ContentStatus.Latest, Sort = ContentSort.ModifiedAsc, PageSize = PageSize };
        await foreach (var item in query.ListAllAsync(events, cancellationToken))
        {
            if (!seen.Add(item.ContentItemId)) continue; // listed again on a later page: already handled
            var problem = await WriteAsync(root, item, written, cancellationToken);
            if (problem is not null) refused.Add($"« {item.DisplayText} » ({item.ContentItemId}) : {problem}");
        }

        await output.WriteLineAsync($"Documents écrits dans {root} : {written.Count}, refusés : {refused.Count}.");
        foreach (var line in refused)
        {
            await output.WriteLineAsync($"  refusé : {line}");
        }
        return refused.Count > 0 ? ExitCodes.SomeRefused : ExitCodes.Success;
    }

    /// <summary>Writes one event's document; returns why it was refused, or null.</summary>
    private async Task<string?> WriteAsync(string root, ContentItem item, Dictionary<string, string> written, CancellationToken cancellationToken)
    {
        var export = await exporter.ExportAsync(item, cancellationToken);
        if (export.PathProblem is not null) return export.PathProblem + " ; rien n'est écrit pour cet élément.";
        var full = Path.GetFullPath(Path.Combine(root, export.RelativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"le chemin « {export.RelativePath} » sort du dossier d'export ; rien n'est écrit pour cet élément.";
        }
        if (written.TryGetValue(export.RelativePath, out var other))
        {
            return $"le chemin « {export.RelativePath} » est déjà celui de l'élément {other} ; rien n'est écrit pour cet élément.";
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside, then moved: an interrupted export never leaves a truncated document.
        var temporary = full + ".tmp";
        await File.WriteAllTextAsync(temporary, export.Text, cancellationToken);
        File.Move(temporary, full, overwrite: true);
        written[export.RelativePath] = item.ContentItemId;
        return null;
    }
}
