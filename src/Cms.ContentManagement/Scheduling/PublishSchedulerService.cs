using Cms.Abstractions.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cms.ContentManagement.Scheduling;

/// <summary>
/// The background service that carries out scheduled publications: a pass when the host starts (tasks whose time
/// passed while the site was stopped), then a pass at the next task's time or at the latest every
/// <see cref="PublishSchedulerOptions.PollInterval"/>, and at once when a task is scheduled. Time and waiting both go
/// through the injected <see cref="TimeProvider"/>. A pass that fails (the store unreachable) is logged and retried
/// at the next poll. With several nodes, a pass runs on one node at a time (<see cref="IDistributedLock"/>): a node
/// that finds the lock taken skips its pass (the holder carries the tasks out), and each task is claimed in the
/// transaction of its work anyway, so none is ever carried out twice.
/// </summary>
public sealed class PublishSchedulerService(
    ScheduledTaskRunner runner,
    IDistributedLock distributedLock,
    PublishSchedulerSignal signal,
    PublishSchedulerOptions options,
    TimeProvider clock,
    ILogger<PublishSchedulerService> logger) : BackgroundService
{
    public const string LockName = "publish-scheduler";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var passUtc = clock.GetUtcNow().UtcDateTime;
            DateTime? next = null;
            try
            {
                await using (var held = await distributedLock.TryAcquireAsync(LockName, stoppingToken))
                {
                    if (held is not null)
                    {
                        var tried = await runner.RunDueAsync(passUtc, stoppingToken);
                        if (tried > 0) logger.LogInformation("{Count} scheduled publication task(s) carried out.", tried);
                    }
                }
                next = await runner.NextDueUtcAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The scheduled publication pass failed; retrying at the next poll.");
            }

            // The next wake-up: the next task's time, or one poll interval after this pass looked at the clock.
            var deadline = passUtc + options.PollInterval;
            if (next is { } nextUtc && nextUtc < deadline) deadline = nextUtc;
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(Until(deadline), clock, waiting.Token);
            var woken = signal.WaitForWakeAsync(waiting.Token);
            // Announced once the wake-up is armed: a clock moved after this fires the timer, and one moved before
            // (while the pass ran) is seen just below, so the pass that sees the new time always comes.
            signal.PassCompleted(passUtc);
            if (clock.GetUtcNow().UtcDateTime < deadline) await Task.WhenAny(timer, woken);
            // Stops whichever of the two did not fire (a wake-up not consumed stays for the next wait).
            await waiting.CancelAsync();
        }
    }

    private TimeSpan Until(DateTime utc)
    {
        var delay = utc - clock.GetUtcNow().UtcDateTime;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
