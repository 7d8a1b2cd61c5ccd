using Cms.Abstractions.Recipes;

namespace Cms.Abstractions.Transfer;

/// <summary>Imports a folder of Jekyll documents as events (implemented by Cms.MarkdownImport), with the same report as the <c>import</c> command.</summary>
public interface IMarkdownFolderImporter
{
    Task<RecipeReport> ImportFolderAsync(MarkdownFolderImport request, TextWriter output, CancellationToken cancellationToken = default);
}

/// <summary>What to import.</summary>
public sealed record MarkdownFolderImport
{
    /// <summary>Walked recursively for <c>.md</c> and <c>.markdown</c> files.</summary>
    public required string Folder { get; init; }
    /// <summary>The folder source paths (the items' identity) are relative to; default: the parent of <see cref="Folder"/>.</summary>
    public string? SourceRoot { get; init; }
    /// <summary>Where media files are looked for and copied from; null: not copied, not checked.</summary>
    public string? MediaFolder { get; init; }
    public bool DryRun { get; init; }
}
