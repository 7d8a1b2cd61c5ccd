using Cms.Abstractions.Scheduling;

namespace Cms.Data.Entities;

/// <summary>
/// A publication or unpublication to carry out at <see cref="ScheduledUtc"/>, and its outcome once done. At most one
/// pending row per item and action (a filtered unique index); finished rows stay for the item's history.
/// </summary>
public class ScheduledPublication
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    /// <summary>The version to publish; for an unpublication, the published version when it was scheduled (if any).</summary>
    public string? ContentItemVersionId { get; set; }
    public string? ContentType { get; set; }
    public ScheduledAction Action { get; set; }
    public DateTime ScheduledUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public ScheduledTaskStatus Status { get; set; }
    public DateTime? CompletedUtc { get; set; }
    /// <summary>What happened: the error of a failed task, who cancelled, what a publication over a newer draft did.</summary>
    public string? Message { get; set; }
}
