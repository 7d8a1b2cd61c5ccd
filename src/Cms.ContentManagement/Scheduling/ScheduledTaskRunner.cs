using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.ContentManagement.Scheduling;

/// <summary>
/// Carries out the tasks that are due, oldest first, each in its own scope and transaction through
/// <see cref="IContentManager"/>. A task is claimed (pending → done) in the same transaction as its work, so two
/// processes never both carry it out; a task that throws is rolled back and then marked failed with its error, and
/// the others still run.
/// </summary>
/// <remarks>
/// Publishing carries out what the editor scheduled, as Orchard Core's PublishLater does: the scheduled version's
/// content is published. When a newer draft was saved since, that draft stays the latest version, on top of the
/// published one (its content is saved again after the publication), so no editing is lost. When a version newer
/// than the scheduled one is already published, nothing is changed: an older content never replaces a newer one.
/// </remarks>
public sealed class ScheduledTaskRunner(IServiceScopeFactory scopes, TimeProvider clock, ISiteClock siteClock, ILogger<ScheduledTaskRunner> logger)
{
    private const int BatchSize = 100;

    /// <summary>Carries out every task due at <paramref name="nowUtc"/>; returns how many were tried.</summary>
    public async Task<int> RunDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var tried = 0;
        var seen = new HashSet<long>();
        while (true)
        {
            var due = await DueAsync(nowUtc, seen, cancellationToken);
            if (due.Count == 0) return tried;
            foreach (var id in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                seen.Add(id);
                tried++;
                await RunOneAsync(id, cancellationToken);
            }
        }
    }

    /// <summary>The time of the next pending task, if any.</summary>
    public async Task<DateTime?> NextDueUtcAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        return await db.ScheduledPublications.AsNoTracking()
            .Where(x => x.Status == ScheduledTaskStatus.Pending)
            .OrderBy(x => x.ScheduledUtc).Select(x => (DateTime?)x.ScheduledUtc).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<List<long>> DueAsync(DateTime nowUtc, HashSet<long> seen, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var ids = await db.ScheduledPublications.AsNoTracking()
            .Where(x => x.Status == ScheduledTaskStatus.Pending && x.ScheduledUtc <= nowUtc)
            .OrderBy(x => x.ScheduledUtc).ThenBy(x => x.Id)
            .Select(x => x.Id).Take(BatchSize + seen.Count).ToListAsync(cancellationToken);
        // A task that could not even be marked failed (the store is unreachable) is left for the next pass.
        return ids.Where(id => !seen.Contains(id)).Take(BatchSize).ToList();
    }

    private async Task RunOneAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await CarryOutAsync(id, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Scheduled task {Id} failed.", id);
            await MarkFailedAsync(id, Explain(e), cancellationToken);
        }
    }

    private async Task CarryOutAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<StoreUnitOfWork>();
        var contentManager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var db = unitOfWork.Db;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var now = Now;
        // The claim: whoever updates the pending row first carries the task out; the other finds nothing to do.
        var claimed = await db.ScheduledPublications
            .Where(x => x.Id == id && x.Status == ScheduledTaskStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScheduledTaskStatus.Done).SetProperty(x => x.CompletedUtc, now), cancellationToken);
        if (claimed == 0) return;
        var task = await db.ScheduledPublications.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);

        var (message, displayText) = task.Action == ScheduledAction.Publish
            ? await PublishAsync(contentManager, task, cancellationToken)
            : await UnpublishAsync(contentManager, task, cancellationToken);

        await db.ScheduledPublications.Where(x => x.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Message, message), cancellationToken);
        var kind = task.Action == ScheduledAction.Publish ? SchedulingAudit.ScheduledPublished : SchedulingAudit.ScheduledUnpublished;
        SchedulingAudit.Add(db, now, SchedulingAudit.SchedulerUserName, kind, task, displayText,
            $"{PublishScheduler.Describe(task.Action)} programmée le {siteClock.Current.Format(task.ScheduledUtc)} par {task.CreatedBy ?? "un utilisateur inconnu"} : {message}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<(string Message, string? DisplayText)> PublishAsync(IContentManager contentManager, ScheduledPublication task, CancellationToken ct)
    {
        var versions = await contentManager.ListVersionsAsync(task.ContentItemId, ct);
        var index = versions.ToList().FindIndex(v => v.ContentItemVersionId == task.ContentItemVersionId);
        if (index < 0) throw new InvalidOperationException("La version programmée n'existe plus.");
        var scheduled = versions[index];
        var latest = versions.FirstOrDefault(v => v.Latest)
            ?? throw new InvalidOperationException("Le contenu a été supprimé : il n'y a plus rien à publier.");
        var publishedIndex = versions.ToList().FindIndex(v => v.Published);
        var number = $"n° {index + 1}";

        if (publishedIndex == index) return ($"La version {number} était déjà publiée.", scheduled.DisplayText);
        if (publishedIndex > index)
        {
            return ($"Rien n'a été changé : une version plus récente (n° {publishedIndex + 1}) est déjà publiée.", scheduled.DisplayText);
        }
        if (latest.ContentItemVersionId == scheduled.ContentItemVersionId)
        {
            await contentManager.PublishAsync(scheduled, ct);
            return ($"Version {number} publiée.", scheduled.DisplayText);
        }

        // A newer draft exists: publish the scheduled content, then put the draft back on top as the latest version.
        var toPublish = scheduled.Clone();
        toPublish.ContentItemVersionId = latest.ContentItemVersionId;
        var published = await contentManager.PublishAsync(toPublish, ct);
        var draft = latest.Clone();
        draft.ContentItemVersionId = published.ContentItemVersionId;
        await contentManager.SaveDraftAsync(draft, ct);
        return ($"Contenu de la version {number} publié ; le brouillon plus récent reste la dernière version, non publiée.", scheduled.DisplayText);
    }

    private static async Task<(string Message, string? DisplayText)> UnpublishAsync(IContentManager contentManager, ScheduledPublication task, CancellationToken ct)
    {
        var published = await contentManager.GetAsync(task.ContentItemId, VersionOptions.Published, ct);
        if (published is null)
        {
            var latest = await contentManager.GetAsync(task.ContentItemId, VersionOptions.Latest, ct)
                ?? throw new InvalidOperationException("Le contenu a été supprimé.");
            return ("Le contenu n'était déjà plus publié.", latest.DisplayText);
        }
        await contentManager.UnpublishAsync(task.ContentItemId, ct);
        return ("Contenu dépublié.", published.DisplayText);
    }

    /// <summary>In a new scope and transaction: the task failed, with why; audited. Left pending if even this fails.</summary>
    private async Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<StoreUnitOfWork>();
            var db = unitOfWork.Db;
            await unitOfWork.ExecuteAsync(async ct =>
            {
                var task = await db.ScheduledPublications.FirstOrDefaultAsync(x => x.Id == id && x.Status == ScheduledTaskStatus.Pending, ct);
                if (task is null) return;
                var now = Now;
                task.Status = ScheduledTaskStatus.Failed;
                task.CompletedUtc = now;
                task.Message = error.Length > 2048 ? error[..2048] : error;
                var displayText = await db.ContentItemIndex.AsNoTracking()
                    .Where(r => r.ContentItemId == task.ContentItemId && (r.Latest || r.ContentItemVersionId == task.ContentItemVersionId))
                    .OrderByDescending(r => r.Latest).Select(r => r.DisplayText).FirstOrDefaultAsync(ct);
                SchedulingAudit.Add(db, now, SchedulingAudit.SchedulerUserName, SchedulingAudit.ScheduleFailed, task, displayText,
                    $"{PublishScheduler.Describe(task.Action)} programmée le {siteClock.Current.Format(task.ScheduledUtc)} en échec : {task.Message}");
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Scheduled task {Id} could not be marked as failed; it stays pending for the next pass.", id);
        }
    }

    /// <summary>What an editor reads in the history: validation errors field by field, otherwise the error's message.</summary>
    private static string Explain(Exception e) => e switch
    {
        ContentValidationException validation => "Publication refusée : " + string.Join(" ; ", validation.Errors.Select(x => x.Message)),
        ContentConflictException conflict => "Le contenu a été modifié pendant la publication : " + conflict.Message,
        ContentNotFoundException => "Le contenu n'existe plus.",
        _ => e.Message,
    };

    private DateTime Now
    {
        get
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
        }
    }
}
