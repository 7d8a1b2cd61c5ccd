namespace Cms.Data.Entities;

/// <summary>One row per content item version: the header columns queries filter on, and the whole item JSON.</summary>
public class ContentItemIndex
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    /// <summary>Version number within the item, from 1.</summary>
    public int Number { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? DisplayText { get; set; }
    /// <summary>DisplayText lowercased with accents folded, for case- and accent-insensitive search on every provider.</summary>
    public string? DisplayTextNormalized { get; set; }
    /// <summary>The AutoroutePart path of this version, if any (used to keep paths unique among latest versions).</summary>
    public string? Path { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    /// <summary>The content item JSON (Orchard Core 1.x shape).</summary>
    public string Document { get; set; } = "";
}
