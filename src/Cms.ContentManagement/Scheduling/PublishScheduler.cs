using Cms.Abstractions.Time;
using Cms.Abstractions.Scheduling;
using Cms.Abstractions.Security;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Scheduling;

/// <summary>
/// <see cref="IPublishScheduler"/> over the <c>ScheduledPublications</c> table. Scheduling replaces the item's pending
/// task of the same kind (kept in the history as « remplacée »), writes an audit entry in the same transaction, and
/// wakes the background service once committed.
/// </summary>
public sealed class PublishScheduler(
    StoreUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock,
    ISiteClock siteClock,
    PublishSchedulerSignal signal) : IPublishScheduler
{
    private CmsDbContext Db => unitOfWork.Db;

    public Task<ScheduledTask> SchedulePublishAsync(string contentItemId, string contentItemVersionId, DateTime scheduledUtc, CancellationToken cancellationToken = default) =>
        ExplainLostRaceAsync("PublishAt", ct => unitOfWork.ExecuteAsync(async ct =>
        {
            const string field = "PublishAt";
            var when = ToUtc(scheduledUtc);
            var latest = await LatestAsync(contentItemId, field, ct);
            var version = await Db.ContentItemIndex.AsNoTracking()
                .Where(r => r.ContentItemVersionId == contentItemVersionId && r.ContentItemId == contentItemId)
                .Select(r => new { r.ContentItemVersionId, r.Published }).FirstOrDefaultAsync(ct)
                ?? throw new ScheduleValidationException(field, $"La version « {contentItemVersionId} » n'existe pas pour ce contenu.");
            if (version.Published)
            {
                throw new ScheduleValidationException(field, "Cette version est déjà publiée : enregistrez d'abord le brouillon dont vous voulez programmer la publication.");
            }
            RequireFuture(when, field, "La publication");
            var unpublish = await PendingAsync(contentItemId, ScheduledAction.Unpublish, ct);
            if (unpublish is not null && unpublish.ScheduledUtc <= when)
            {
                throw new ScheduleValidationException(field,
                    $"Une dépublication est programmée le {siteClock.Current.Format(unpublish.ScheduledUtc)} : la publication doit la précéder. Annulez ou déplacez d'abord la dépublication.");
            }
            return await AddAsync(new ScheduledPublication
            {
                ContentItemId = contentItemId,
                ContentItemVersionId = version.ContentItemVersionId,
                ContentType = latest.ContentType,
                Action = ScheduledAction.Publish,
                ScheduledUtc = when,
            }, latest.DisplayText, ct);
        }, ct), cancellationToken);

    public Task<ScheduledTask> ScheduleUnpublishAsync(string contentItemId, DateTime scheduledUtc, CancellationToken cancellationToken = default) =>
        ExplainLostRaceAsync("UnpublishAt", ct => unitOfWork.ExecuteAsync(async ct =>
        {
            const string field = "UnpublishAt";
            var when = ToUtc(scheduledUtc);
            var latest = await LatestAsync(contentItemId, field, ct);
            RequireFuture(when, field, "La dépublication");
            var publish = await PendingAsync(contentItemId, ScheduledAction.Publish, ct);
            if (publish is not null && publish.ScheduledUtc >= when)
            {
                throw new ScheduleValidationException(field,
                    $"La dépublication doit suivre la publication programmée le {siteClock.Current.Format(publish.ScheduledUtc)}.");
            }
            var published = await Db.ContentItemIndex.AsNoTracking()
                .Where(r => r.ContentItemId == contentItemId && r.Published).Select(r => r.ContentItemVersionId).FirstOrDefaultAsync(ct);
            if (published is null && publish is null)
            {
                throw new ScheduleValidationException(field, "Ce contenu n'est pas publié et aucune publication n'est programmée : il n'y a rien à dépublier.");
            }
            return await AddAsync(new ScheduledPublication
            {
                ContentItemId = contentItemId,
                ContentItemVersionId = published,
                ContentType = latest.ContentType,
                Action = ScheduledAction.Unpublish,
                ScheduledUtc = when,
            }, latest.DisplayText, ct);
        }, ct), cancellationToken);

    public Task<bool> CancelAsync(string contentItemId, ScheduledAction action, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var pending = await Db.ScheduledPublications
                .FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Action == action && x.Status == ScheduledTaskStatus.Pending, ct);
            if (pending is null) return false;
            var now = Now;
            pending.Status = ScheduledTaskStatus.Cancelled;
            pending.CompletedUtc = now;
            pending.Message = $"Annulée par {currentUser.UserName ?? "un utilisateur inconnu"}.";
            var displayText = await DisplayTextAsync(contentItemId, ct);
            SchedulingAudit.Add(Db, now, currentUser.UserName, SchedulingAudit.ScheduleCancelled, pending, displayText,
                $"{Describe(action)} du {siteClock.Current.Format(pending.ScheduledUtc)} annulée");
            await Db.SaveChangesAsync(ct);
            await unitOfWork.OnCommitted(_ => { signal.Wake(); return Task.CompletedTask; }, ct);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ScheduledTask>>> ListPendingAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, IReadOnlyList<ScheduledTask>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await Db.ScheduledPublications.AsNoTracking()
                .Where(x => x.Status == ScheduledTaskStatus.Pending && chunk.Contains(x.ContentItemId))
                .OrderBy(x => x.ScheduledUtc).ToListAsync(cancellationToken);
            foreach (var group in rows.GroupBy(x => x.ContentItemId)) found[group.Key] = group.Select(ToTask).ToList();
        }
        return found;
    }

    public async Task<IReadOnlyList<ScheduledTask>> ListAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await Db.ScheduledPublications.AsNoTracking()
            .Where(x => x.ContentItemId == contentItemId)
            .OrderByDescending(x => x.ScheduledUtc).ThenByDescending(x => x.Id).ToListAsync(cancellationToken);
        return rows.Select(ToTask).ToList();
    }

    public static ScheduledTask ToTask(ScheduledPublication row) => new(
        row.Id, row.ContentItemId, row.ContentItemVersionId, row.Action, row.ScheduledUtc, row.CreatedBy, row.CreatedUtc,
        row.Status, row.CompletedUtc, row.Message);

    /// <summary>
    /// Two editors scheduling the same item at once: the store keeps one pending task of each kind (unique index),
    /// the second write fails and is reported as such (already rolled back).
    /// </summary>
    private static async Task<ScheduledTask> ExplainLostRaceAsync(string field, Func<CancellationToken, Task<ScheduledTask>> write, CancellationToken cancellationToken)
    {
        try
        {
            return await write(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ScheduleValidationException(field,
                "Une autre programmation de ce contenu vient d'être enregistrée au même moment : rechargez la page et vérifiez-la.");
        }
    }

    internal static string Describe(ScheduledAction action) => action == ScheduledAction.Publish ? "Publication" : "Dépublication";

    /// <summary>Replaces the pending task of the same kind, stores the new one with its audit entry, wakes the service after commit.</summary>
    private async Task<ScheduledTask> AddAsync(ScheduledPublication task, string? displayText, CancellationToken ct)
    {
        var now = Now;
        var replaced = await Db.ScheduledPublications
            .Where(x => x.ContentItemId == task.ContentItemId && x.Action == task.Action && x.Status == ScheduledTaskStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, ScheduledTaskStatus.Replaced)
                .SetProperty(x => x.CompletedUtc, now)
                .SetProperty(x => x.Message, $"Remplacée par la programmation du {siteClock.Current.Format(task.ScheduledUtc)}."), ct);
        task.CreatedBy = currentUser.UserName;
        task.CreatedUtc = now;
        task.Status = ScheduledTaskStatus.Pending;
        Db.ScheduledPublications.Add(task);
        var kind = task.Action == ScheduledAction.Publish ? SchedulingAudit.PublishScheduled : SchedulingAudit.UnpublishScheduled;
        SchedulingAudit.Add(Db, now, currentUser.UserName, kind, task, displayText,
            $"{Describe(task.Action)} programmée le {siteClock.Current.Format(task.ScheduledUtc)} ({siteClock.Current.ZoneLabel}){(replaced > 0 ? ", en remplacement de la précédente" : "")}");
        await Db.SaveChangesAsync(ct);
        await unitOfWork.OnCommitted(_ => { signal.Wake(); return Task.CompletedTask; }, ct);
        return ToTask(task);
    }

    private async Task<(string ContentType, string? DisplayText)> LatestAsync(string contentItemId, string field, CancellationToken ct)
    {
        var latest = await Db.ContentItemIndex.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && r.Latest)
            .Select(r => new { r.ContentType, r.DisplayText }).FirstOrDefaultAsync(ct)
            ?? throw new ScheduleValidationException(field, $"Le contenu « {contentItemId} » n'existe pas ou a été supprimé.");
        return (latest.ContentType, latest.DisplayText);
    }

    private Task<string?> DisplayTextAsync(string contentItemId, CancellationToken ct) =>
        Db.ContentItemIndex.AsNoTracking().Where(r => r.ContentItemId == contentItemId && r.Latest).Select(r => r.DisplayText).FirstOrDefaultAsync(ct);

    private Task<ScheduledPublication?> PendingAsync(string contentItemId, ScheduledAction action, CancellationToken ct) =>
        Db.ScheduledPublications.AsNoTracking()
            .FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Action == action && x.Status == ScheduledTaskStatus.Pending, ct);

    private void RequireFuture(DateTime when, string field, string what)
    {
        if (when <= Now)
        {
            throw new ScheduleValidationException(field, $"{what} doit être programmée dans le futur (le {siteClock.Current.Format(when)} est déjà passé).");
        }
    }

    /// <summary>To the second: the scheduler works by the minute, and every provider stores that exactly.</summary>
    private static DateTime ToUtc(DateTime value)
    {
        if (value.Kind == DateTimeKind.Unspecified)
        {
            throw new ArgumentException("Scheduled times are UTC: convert the Paris time first.", nameof(value));
        }
        var utc = value.ToUniversalTime();
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    private DateTime Now
    {
        get
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
        }
    }
}
