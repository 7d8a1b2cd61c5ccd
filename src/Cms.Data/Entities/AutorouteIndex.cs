namespace Cms.Data.Entities;

/// <summary>Path of a published item: one row per published item that has a path; paths are unique.</summary>
public class AutorouteIndex
{
    public long Id { get; set; }
    public string Path { get; set; } = "";
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
}
