using Cms.Data;
using Cms.Data.Entities;

namespace Cms.ContentManagement.Scheduling;

/// <summary>The audit trail entries of scheduling, written in the same transaction as what they record.</summary>
internal static class SchedulingAudit
{
    /// <summary>The user name of the entries written when the scheduler carries out a task.</summary>
    public const string SchedulerUserName = "planificateur";

    public const string PublishScheduled = "PublishScheduled";
    public const string UnpublishScheduled = "UnpublishScheduled";
    public const string ScheduleCancelled = "ScheduleCancelled";
    public const string ScheduledPublished = "ScheduledPublished";
    public const string ScheduledUnpublished = "ScheduledUnpublished";
    public const string ScheduleFailed = "ScheduleFailed";

    public static void Add(CmsDbContext db, DateTime utc, string? userName, string kind, ScheduledPublication task, string? displayText, string details) =>
        db.AuditTrail.Add(new AuditTrailEvent
        {
            Utc = utc,
            UserName = userName,
            Kind = kind,
            ContentItemId = task.ContentItemId,
            ContentType = task.ContentType,
            ContentItemVersionId = task.ContentItemVersionId,
            DisplayText = displayText is { Length: > 1024 } text ? text[..1024] : displayText,
            Details = details,
        });
}
