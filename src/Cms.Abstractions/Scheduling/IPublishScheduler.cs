namespace Cms.Abstractions.Scheduling;

/// <summary>
/// Publishing and unpublishing at a later time (Orchard Core's PublishLater / UnpublishLater). A background service
/// carries out each task within a minute of its time; tasks are stored, so they survive a restart, and those whose
/// time passed while the site was stopped run when it starts. An item has at most one pending publication and one
/// pending unpublication: a new one replaces the old.
/// </summary>
public interface IPublishScheduler
{
    /// <summary>
    /// Schedules the publication of <paramref name="contentItemVersionId"/> (a version of the item) at
    /// <paramref name="scheduledUtc"/>. Throws <see cref="ScheduleValidationException"/> when the time is not in the
    /// future, the version is unknown or already published, or a pending unpublication comes before it.
    /// </summary>
    Task<ScheduledTask> SchedulePublishAsync(string contentItemId, string contentItemVersionId, DateTime scheduledUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Schedules the unpublication of the item at <paramref name="scheduledUtc"/>. Throws
    /// <see cref="ScheduleValidationException"/> when the time is not in the future, not after a pending
    /// publication, or the item is neither published nor scheduled for publication.
    /// </summary>
    Task<ScheduledTask> ScheduleUnpublishAsync(string contentItemId, DateTime scheduledUtc, CancellationToken cancellationToken = default);

    /// <summary>Cancels the item's pending task of this kind; false when there was none.</summary>
    Task<bool> CancelAsync(string contentItemId, ScheduledAction action, CancellationToken cancellationToken = default);

    /// <summary>The pending tasks of these items (at most one publication and one unpublication each), by item id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<ScheduledTask>>> ListPendingAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>Every task of the item, pending, done, failed, cancelled or replaced, newest time first.</summary>
    Task<IReadOnlyList<ScheduledTask>> ListAsync(string contentItemId, CancellationToken cancellationToken = default);
}

public enum ScheduledAction
{
    Publish,
    Unpublish,
}

public enum ScheduledTaskStatus
{
    /// <summary>Waiting for its time.</summary>
    Pending,
    /// <summary>Carried out.</summary>
    Done,
    /// <summary>Tried and refused (the message says why); never retried.</summary>
    Failed,
    /// <summary>Cancelled by an editor.</summary>
    Cancelled,
    /// <summary>Replaced by a newer task of the same kind for the same item.</summary>
    Replaced,
}

/// <summary>One scheduled publication or unpublication and, once carried out, its outcome.</summary>
public sealed record ScheduledTask(
    long Id,
    string ContentItemId,
    string? ContentItemVersionId,
    ScheduledAction Action,
    DateTime ScheduledUtc,
    string? CreatedBy,
    DateTime CreatedUtc,
    ScheduledTaskStatus Status,
    DateTime? CompletedUtc,
    string? Message);

/// <summary>A schedule refused: the message, in French, says why and names the field (<see cref="Field"/>).</summary>
public sealed class ScheduleValidationException(string field, string message) : Exception(message)
{
    /// <summary><c>PublishAt</c> or <c>UnpublishAt</c>.</summary>
    public string Field { get; } = field;
}
