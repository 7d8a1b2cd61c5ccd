using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;

namespace Cms.MarkdownImport.Services;

/// <summary>The importer as other modules see it (e.g. the back office's upload page): same engine, same report as <c>import</c>.</summary>
public sealed class MarkdownFolderImporter(MarkdownImporter importer) : IMarkdownFolderImporter
{
    public Task<RecipeReport> ImportFolderAsync(MarkdownFolderImport request, TextWriter output, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(new MarkdownImportOptions
        {
            Folder = request.Folder,
            SourceRoot = request.SourceRoot,
            MediaFolder = request.MediaFolder,
            DryRun = request.DryRun,
        }, output, cancellationToken);
}
