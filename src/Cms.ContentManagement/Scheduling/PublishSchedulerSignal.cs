namespace Cms.ContentManagement.Scheduling;

/// <summary>
/// Between the scheduler and the rest of the process: <see cref="Wake"/> asks for a pass now (a task was just
/// scheduled); <see cref="WaitForPassAsync"/> completes once a pass that looked at the clock at or after a given time
/// has finished, which lets callers (and tests driving a fake clock) know the tasks due at that moment were handled.
/// A pass is announced once the scheduler's next wake-up is armed.
/// </summary>
public sealed class PublishSchedulerSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _lock = new();
    private readonly List<(Func<bool> Reached, TaskCompletionSource Done)> _waiters = [];

    /// <summary>The clock time the last finished pass looked at (null before the first).</summary>
    public DateTime? LastPassUtc { get; private set; }

    /// <summary>How many passes have finished since the process started.</summary>
    public long Passes { get; private set; }

    /// <summary>Asks the scheduler to look for due tasks now rather than at its next poll.</summary>
    public void Wake()
    {
        lock (_lock)
        {
            if (_wake.CurrentCount == 0) _wake.Release();
        }
    }

    /// <summary>Completes when a pass that read the clock at or after <paramref name="clockUtc"/> has finished.</summary>
    public Task WaitForPassAsync(DateTime clockUtc, CancellationToken cancellationToken = default) =>
        WaitAsync(() => LastPassUtc >= clockUtc, cancellationToken);

    /// <summary>Completes when <paramref name="count"/> passes have finished.</summary>
    public Task WaitForPassesAsync(long count, CancellationToken cancellationToken = default) =>
        WaitAsync(() => Passes >= count, cancellationToken);

    internal Task WaitForWakeAsync(CancellationToken cancellationToken) => _wake.WaitAsync(cancellationToken);

    internal void PassCompleted(DateTime clockUtc)
    {
        List<TaskCompletionSource> done;
        lock (_lock)
        {
            LastPassUtc = LastPassUtc is { } last && last > clockUtc ? last : clockUtc;
            Passes++;
            done = _waiters.Where(w => w.Reached()).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => done.Contains(w.Done));
        }
        foreach (var waiter in done) waiter.TrySetResult();
    }

    private Task WaitAsync(Func<bool> reached, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (reached()) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((reached, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }
}
