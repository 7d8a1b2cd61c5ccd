using Cms.Admin.Tests.Support;
using Cms.ContentManagement.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Admin.Tests.Scheduling;

/// <summary>The real program (see <see cref="AdminSite"/>) on a fake clock that the tests move.</summary>
public sealed class ScheduledSite : IAsyncLifetime
{
    /// <summary>Far more than a pass takes: only reached when the pass never comes (the test then fails).</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public ScheduledSite()
    {
        Site = new AdminSite { Configure = builder => builder.Services.AddSingleton<TimeProvider>(Clock) };
    }

    /// <summary>The day before the spring clock change in Paris.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero));

    public AdminSite Site { get; }

    /// <summary>Moves the clock (at least to the scheduler's next wake-up) and waits for the scheduler's pass that sees it.</summary>
    public async Task MoveClockToAsync(DateTime utc)
    {
        Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
        await Site.App.Services.GetRequiredService<PublishSchedulerSignal>().WaitForPassAsync(utc).WaitAsync(HangGuard);
    }

    public Task InitializeAsync() => Site.InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync();
}
