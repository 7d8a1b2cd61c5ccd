using Cms.Abstractions.Time;
using Cms.Abstractions.Content;

namespace Cms.MarkdownImport.Export;

/// <summary>What the Jekyll writer needs besides the item: publication, the items its pickers name, and what the import gave it.</summary>
public sealed class JekyllExportInput
{
    /// <summary>The version written out (the latest).</summary>
    public required ContentItem Item { get; init; }
    /// <summary>True when the item has a published version (a draft after it does not make the document a draft).</summary>
    public required bool Published { get; init; }
    /// <summary>Theme and Partner items by id: their title and page address.</summary>
    public required IReadOnlyDictionary<string, RelatedItem> Related { get; init; }
    /// <summary>
    /// The version the import wrote from the current source file (the oldest one with the current
    /// <c>FrontMatterPart.SourceHash</c>), or null: its pickers tell whether an editor changed them since.
    /// </summary>
    public ContentItem? ImportedVersion { get; init; }
    /// <summary>The site's clock: dates are written in its time zone, with their offset.</summary>
    public SiteClock Clock { get; init; } = SiteClock.Default;
}

/// <summary>A Theme or Partner, as far as a front matter names it.</summary>
public sealed record RelatedItem(string Title, string? Path);
