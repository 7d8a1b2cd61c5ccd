using Cms.Abstractions.Content;

namespace Cms.MarkdownImport.Mapping;

/// <summary>
/// A document mapped to an <c>Event</c> item. Its Themes and Partners pickers are filled once the tags and partners
/// named here are matched to (or created as) Theme and Partner items.
/// </summary>
public sealed class MappedEvent
{
    public required ContentItem Item { get; init; }
    public required string Path { get; init; }
    public required bool Published { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<PartnerReference> Partners { get; init; }
    /// <summary>Every media file the document refers to (images, then <c>/uploads/…</c> links), as store paths.</summary>
    public required IReadOnlyList<string> MediaPaths { get; init; }
    /// <summary>Things kept as given but worth telling the operator (e.g. an external image URL).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}

/// <summary>A partner named by a document (<c>partenaires</c>), with its web address when given.</summary>
public sealed record PartnerReference(string Name, string? Website);
