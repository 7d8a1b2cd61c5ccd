using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.ContentManagement.Scheduling;
using Cms.ContentManagement.Tests.Infrastructure;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Cms.ContentManagement.Tests.Scheduling;

public sealed class PublishSchedulerTests_Sqlite(SqliteStore store) : PublishSchedulerTests<SqliteStore>(store);

public sealed class PublishSchedulerTests_Postgres(PostgresStore store) : PublishSchedulerTests<PostgresStore>(store);

/// <summary>
/// Scheduled publishing driven by a fake clock: the background service reads the time and waits through it, and
/// announces each pass, so the tests move the clock and await the pass that saw the new time (no real waiting).
/// </summary>
public abstract class PublishSchedulerTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Far more than a pass takes: only reached when the pass never comes (the test then fails).</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [SkippableFact]
    public async Task Publishes_at_a_paris_time_after_the_spring_change_not_a_minute_before()
    {
        // 28 March 2027, 03:30 in Paris is summer time already (UTC+2): 01:30 UTC.
        var at = ParisToUtc(2027, 3, 28, 3, 30);
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), at);
        var type = await DefineTypeAsync();
        var draft = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Forum du numérique"), publish: false));
        var task = await Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, at));
        Assert.Equal(ScheduledTaskStatus.Pending, task.Status);
        Assert.Equal("system", task.CreatedBy);

        await using var scheduler = await StartSchedulerAsync();
        await MoveClockToAsync(at.AddMinutes(-1));
        Assert.Null(await Content(cm => cm.GetAsync(draft.ContentItemId)));

        await MoveClockToAsync(at);
        var published = await Content(cm => cm.GetAsync(draft.ContentItemId));
        Assert.NotNull(published);
        Assert.Equal("Forum du numérique", published.DisplayText);
        Assert.True(published.Latest);
        var done = Assert.Single(await Scheduler(s => s.ListAsync(draft.ContentItemId)));
        Assert.Equal(ScheduledTaskStatus.Done, done.Status);
        Assert.Equal(at, done.CompletedUtc);
        Assert.Equal("Version n° 1 publiée.", done.Message);
    }

    [SkippableFact]
    public async Task Unpublishes_at_a_paris_time_after_the_autumn_change_not_a_minute_before()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 10, 30, 12, 0, 0, TimeSpan.Zero));
        // 31 October 2027, 03:30 in Paris is winter time again (UTC+1): 02:30 UTC.
        var at = ParisToUtc(2027, 10, 31, 3, 30);
        Assert.Equal(new DateTime(2027, 10, 31, 2, 30, 0, DateTimeKind.Utc), at);
        var type = await DefineTypeAsync();
        var item = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Atelier accessibilité"), publish: true));
        var already = await Assert.ThrowsAsync<ScheduleValidationException>(() =>
            Scheduler(s => s.SchedulePublishAsync(item.ContentItemId, item.ContentItemVersionId, at)));
        Assert.Contains("déjà publiée", already.Message);
        await Scheduler(s => s.ScheduleUnpublishAsync(item.ContentItemId, at));

        await using var scheduler = await StartSchedulerAsync();
        await MoveClockToAsync(at.AddMinutes(-1));
        Assert.NotNull(await Content(cm => cm.GetAsync(item.ContentItemId)));

        await MoveClockToAsync(at.AddSeconds(30));
        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId)));
        Assert.NotNull(await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        Assert.Equal(ScheduledTaskStatus.Done, Assert.Single(await Scheduler(s => s.ListAsync(item.ContentItemId))).Status);
    }

    [SkippableFact]
    public async Task A_pending_schedule_survives_a_restart_and_runs_at_start_when_its_time_passed()
    {
        var at = _clock.GetUtcNow().UtcDateTime.AddHours(2);
        var type = await DefineTypeAsync();
        var draft = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Après redémarrage"), publish: false));
        await Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, at));

        // The site is stopped before the time, and started again after it.
        await RestartAsync();
        _clock.SetUtcNow(at.AddHours(3));
        await using var scheduler = await StartSchedulerAsync();

        Assert.NotNull(await Content(cm => cm.GetAsync(draft.ContentItemId)));
        Assert.Equal(ScheduledTaskStatus.Done, Assert.Single(await Scheduler(s => s.ListAsync(draft.ContentItemId))).Status);
    }

    [SkippableFact]
    public async Task A_failing_task_is_recorded_with_its_error_and_the_others_still_run()
    {
        var at = _clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        var type = await DefineTypeAsync();
        var doomed = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Supprimé entre-temps"), publish: false));
        var fine = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Publié comme prévu"), publish: false));
        await Scheduler(s => s.SchedulePublishAsync(doomed.ContentItemId, doomed.ContentItemVersionId, at));
        await Scheduler(s => s.SchedulePublishAsync(fine.ContentItemId, fine.ContentItemVersionId, at.AddSeconds(1)));
        await Content(cm => cm.DeleteAsync(doomed.ContentItemId));

        await using var scheduler = await StartSchedulerAsync();
        await MoveClockToAsync(at.AddMinutes(1));

        var failed = Assert.Single(await Scheduler(s => s.ListAsync(doomed.ContentItemId)));
        Assert.Equal(ScheduledTaskStatus.Failed, failed.Status);
        Assert.Contains("supprimé", failed.Message);
        Assert.NotNull(await Content(cm => cm.GetAsync(fine.ContentItemId)));
        var audit = await InScope(sp => sp.GetRequiredService<CmsDbContext>().AuditTrail.AsNoTracking()
            .Where(e => e.ContentItemId == doomed.ContentItemId || e.ContentItemId == fine.ContentItemId)
            .Select(e => new { e.ContentItemId, e.Kind, e.UserName }).ToListAsync());
        Assert.Contains(audit, e => e.ContentItemId == doomed.ContentItemId && e.Kind == "ScheduleFailed" && e.UserName == "planificateur");
        Assert.Contains(audit, e => e.ContentItemId == fine.ContentItemId && e.Kind == "ScheduledPublished" && e.UserName == "planificateur");
        Assert.Contains(audit, e => e.ContentItemId == fine.ContentItemId && e.Kind == "PublishScheduled" && e.UserName == "system");
    }

    [SkippableFact]
    public async Task Publishing_a_version_with_a_newer_draft_publishes_it_and_keeps_the_draft_latest()
    {
        var at = _clock.GetUtcNow().UtcDateTime.AddDays(1);
        var type = await DefineTypeAsync();
        var v1 = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Version relue"), publish: false));
        await Scheduler(s => s.SchedulePublishAsync(v1.ContentItemId, v1.ContentItemVersionId, at));
        var edited = v1.Clone();
        edited.Apply(new TitlePart { Title = "Version en cours" });
        await Content(cm => cm.SaveDraftAsync(edited));

        await using var scheduler = await StartSchedulerAsync();
        await MoveClockToAsync(at);

        Assert.Equal("Version relue", (await Content(cm => cm.GetAsync(v1.ContentItemId)))?.DisplayText);
        var latest = await Content(cm => cm.GetAsync(v1.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Version en cours", latest?.DisplayText);
        Assert.False(latest!.Published);
        Assert.Contains("brouillon plus récent", Assert.Single(await Scheduler(s => s.ListAsync(v1.ContentItemId))).Message);
    }

    [SkippableFact]
    public async Task Scheduling_wakes_the_service_before_its_next_poll()
    {
        var type = await DefineTypeAsync();
        var draft = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Dans dix secondes"), publish: false));
        await using var scheduler = await StartSchedulerAsync();
        var signal = Services.GetRequiredService<PublishSchedulerSignal>();
        var passes = signal.Passes;

        var at = _clock.GetUtcNow().UtcDateTime.AddSeconds(10);
        await Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, at));
        await signal.WaitForPassesAsync(passes + 1).WaitAsync(HangGuard);
        // Without the wake-up the service would sleep its whole 30 s poll, and no pass would see 10 s later.
        await MoveClockToAsync(at);
        Assert.NotNull(await Content(cm => cm.GetAsync(draft.ContentItemId)));
    }

    [SkippableFact]
    public async Task A_new_schedule_replaces_the_pending_one_and_bad_times_are_refused()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var type = await DefineTypeAsync();
        var draft = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "Programmé deux fois"), publish: false));

        var refused = await Assert.ThrowsAsync<ScheduleValidationException>(() =>
            Scheduler(s => s.ScheduleUnpublishAsync(draft.ContentItemId, now.AddDays(1))));
        Assert.Equal("UnpublishAt", refused.Field);
        Assert.Contains("rien à dépublier", refused.Message);
        var past = await Assert.ThrowsAsync<ScheduleValidationException>(() =>
            Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, now.AddMinutes(-5))));
        Assert.Equal("PublishAt", past.Field);
        Assert.Contains("futur", past.Message);

        await Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, now.AddDays(1)));
        await Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, now.AddDays(2)));
        var early = await Assert.ThrowsAsync<ScheduleValidationException>(() =>
            Scheduler(s => s.ScheduleUnpublishAsync(draft.ContentItemId, now.AddDays(2))));
        Assert.Contains("doit suivre la publication", early.Message);
        await Scheduler(s => s.ScheduleUnpublishAsync(draft.ContentItemId, now.AddDays(3)));
        var late = await Assert.ThrowsAsync<ScheduleValidationException>(() =>
            Scheduler(s => s.SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, now.AddDays(4))));
        Assert.Contains("doit la précéder", late.Message);

        var tasks = await Scheduler(s => s.ListAsync(draft.ContentItemId));
        Assert.Equal(
            [(ScheduledAction.Unpublish, ScheduledTaskStatus.Pending), (ScheduledAction.Publish, ScheduledTaskStatus.Pending), (ScheduledAction.Publish, ScheduledTaskStatus.Replaced)],
            tasks.Select(t => (t.Action, t.Status)));
        var pending = await Scheduler(s => s.ListPendingAsync([draft.ContentItemId, "inconnu"]));
        Assert.Equal(2, Assert.Single(pending).Value.Count);

        Assert.True(await Scheduler(s => s.CancelAsync(draft.ContentItemId, ScheduledAction.Unpublish)));
        Assert.False(await Scheduler(s => s.CancelAsync(draft.ContentItemId, ScheduledAction.Unpublish)));
        var cancelled = (await Scheduler(s => s.ListAsync(draft.ContentItemId))).First(t => t.Action == ScheduledAction.Unpublish);
        Assert.Equal(ScheduledTaskStatus.Cancelled, cancelled.Status);
        Assert.Contains("system", cancelled.Message);
    }

    private static DateTime ParisToUtc(int year, int month, int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Paris);

    private Task<T> Scheduler<T>(Func<IPublishScheduler, Task<T>> work) => InScope(sp => work(sp.GetRequiredService<IPublishScheduler>()));

    /// <summary>Starts the background service as the host would, and waits for its first pass.</summary>
    private async Task<IAsyncDisposable> StartSchedulerAsync()
    {
        var service = Services.GetServices<IHostedService>().OfType<PublishSchedulerService>().Single();
        await service.StartAsync(CancellationToken.None);
        await Services.GetRequiredService<PublishSchedulerSignal>().WaitForPassAsync(_clock.GetUtcNow().UtcDateTime).WaitAsync(HangGuard);
        return new Stopper(service);
    }

    /// <summary>Moves the fake clock (at least to the service's next wake-up) and waits for the pass that sees it.</summary>
    private async Task MoveClockToAsync(DateTime utc)
    {
        _clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
        await Services.GetRequiredService<PublishSchedulerSignal>().WaitForPassAsync(utc).WaitAsync(HangGuard);
    }

    private sealed class Stopper(IHostedService service) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await service.StopAsync(CancellationToken.None);
    }
}
