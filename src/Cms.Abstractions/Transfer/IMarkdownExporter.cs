namespace Cms.Abstractions.Transfer;

/// <summary>An item written back as the Jekyll document it would be (implemented by Cms.MarkdownImport for its type).</summary>
public interface IMarkdownExporter
{
    /// <summary>Whether items of this content type can be exported (the back office offers the download for them).</summary>
    bool CanExport(string contentType);

    /// <summary>The latest version of the item as a Jekyll document; null when there is no such item of an exportable type.</summary>
    Task<MarkdownDocumentExport?> ExportAsync(string contentItemId, CancellationToken cancellationToken = default);
}

/// <summary>
/// One exported document: <see cref="RelativePath"/> is where it goes in a Jekyll site (its <c>SourcePath</c>, or
/// <c>_evenements/YYYY-MM-DD-slug.markdown</c>), <see cref="Text"/> the front matter and body.
/// </summary>
public sealed record MarkdownDocumentExport(string ContentItemId, string RelativePath, string Text)
{
    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];
}
