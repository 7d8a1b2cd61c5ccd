namespace Cms.MarkdownImport.Services;

/// <summary>What to import and how.</summary>
public sealed record MarkdownImportOptions
{
    /// <summary>The folder walked recursively for <c>.md</c> and <c>.markdown</c> files.</summary>
    public required string Folder { get; init; }
    /// <summary>Where the media files referred to are looked for and copied from (optional).</summary>
    public string? MediaFolder { get; init; }
    /// <summary>The folder source paths (the items' identity) are relative to; default: the parent of <see cref="Folder"/>.</summary>
    public string? SourceRoot { get; init; }
    public bool DryRun { get; init; }
    /// <summary>Tag to thematic track, e.g. « Souveraineté » → « Communs & souveraineté » (matched by slug), on top of
    /// the configured ones (<see cref="MarkdownImportDefaults"/>).</summary>
    public IReadOnlyDictionary<string, string> TagAliases { get; init; } = new Dictionary<string, string>();
    /// <summary>Documents written per transaction: the memory in use does not grow beyond one batch.</summary>
    public int BatchSize { get; init; } = 100;
}
