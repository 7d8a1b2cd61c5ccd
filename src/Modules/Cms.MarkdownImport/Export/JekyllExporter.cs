using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Transfer;
using Cms.ContentFields.Fields;
using Cms.MarkdownImport.Mapping;

namespace Cms.MarkdownImport.Export;

/// <summary>
/// Loads what <see cref="JekyllDocumentWriter"/> needs for an Event (its published state, the Themes and Partners it
/// picks, the version the import wrote) and writes its document. Scoped: names of related items are cached for the
/// scope, so exporting every event reads each Theme and Partner once.
/// </summary>
public sealed class JekyllExporter(IContentManager contentManager, ISiteClock clock) : IMarkdownExporter
{
    public bool CanExport(string contentType) => contentType == EventMapper.ContentType;

    private readonly Dictionary<string, RelatedItem?> related = new(StringComparer.Ordinal);

    public async Task<MarkdownDocumentExport?> ExportAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null || item.ContentType != EventMapper.ContentType) return null;
        var export = await ExportAsync(item, cancellationToken);
        return new MarkdownDocumentExport(item.ContentItemId, export.PathProblem is null ? export.RelativePath : JekyllExportPaths.DefaultPath(item, clock.Current), export.Text);
    }

    /// <summary>The document of <paramref name="item"/> (a latest version), where it goes, and why its source path cannot be used, if so.</summary>
    public async Task<JekyllExport> ExportAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var sourcePath = item.As<FrontMatterPart>()?.SourcePath;
        var problem = sourcePath is null ? null : JekyllExportPaths.Problem(sourcePath);
        var relativePath = sourcePath is null || problem is not null ? JekyllExportPaths.DefaultPath(item, clock.Current) : sourcePath;

        var published = item.Published || await contentManager.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is not null;
        var input = new JekyllExportInput
        {
            Item = item,
            Published = published,
            Related = await RelatedAsync(item, cancellationToken),
            ImportedVersion = await ImportedVersionAsync(item, cancellationToken),
            Clock = clock.Current,
        };
        // The slug rule for permalink reads the source file name, even when the path is refused for writing.
        var text = JekyllDocumentWriter.Write(input, sourcePath ?? relativePath);
        return new JekyllExport(item, relativePath, text, problem);
    }

    private async Task<IReadOnlyDictionary<string, RelatedItem>> RelatedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var ids = new[] { "Themes", "Partners" }
            .SelectMany(f => item.GetField<ContentPickerField>(EventMapper.ContentType, f)?.ContentItemIds ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var missing = ids.Where(id => !related.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var found = await contentManager.GetManyAsync(missing, VersionOptions.Latest, cancellationToken);
            foreach (var id in missing) related[id] = null;
            foreach (var target in found)
            {
                related[target.ContentItemId] = new RelatedItem(target.As<TitlePart>()?.Title ?? target.DisplayText ?? "", target.As<AutoroutePart>()?.Path);
            }
        }
        return ids.Where(id => related[id] is not null).ToDictionary(id => id, id => related[id]!, StringComparer.Ordinal);
    }

    /// <summary>The oldest version holding the current source file's hash: the one the import wrote from it.</summary>
    private async Task<ContentItem?> ImportedVersionAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var hash = item.As<FrontMatterPart>()?.SourceHash;
        if (hash is null) return null;
        var versions = await contentManager.ListVersionsAsync(item.ContentItemId, cancellationToken);
        return versions.FirstOrDefault(v => v.As<FrontMatterPart>()?.SourceHash == hash);
    }
}

/// <summary>An exported document: where it goes (relative, with '/'), its text, and why the item's source path was not usable (null when it was).</summary>
public sealed record JekyllExport(ContentItem Item, string RelativePath, string Text, string? PathProblem);
