namespace Cms.Data.Entities;

/// <summary>One recorded change, written in the same transaction as the change itself.</summary>
public class AuditTrailEvent
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public string? UserName { get; set; }
    /// <summary>What happened: Created, Saved, Published, Unpublished, DraftDiscarded, Deleted, Restored, Imported…</summary>
    public string Kind { get; set; } = "";
    public string? ContentItemId { get; set; }
    public string? ContentType { get; set; }
    public string? ContentItemVersionId { get; set; }
    public string? DisplayText { get; set; }
    public string? Details { get; set; }
}
