using Microsoft.Extensions.DependencyInjection;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Cms.Abstractions.Time;

namespace Cms.ContentManagement.Time;

/// <summary>
/// <see cref="ISiteClock"/>: the default time zone until the settings are read at start
/// (<see cref="SiteClockStartupTask"/>), then the settings' <see cref="SiteSettings.TimeZone"/>, followed after every
/// committed change, here (<see cref="SiteClockSettingsHandler"/>) or on another node (<see cref="SiteClockClusterHandler"/>). An unknown zone refuses the start with its id named.
/// </summary>
public sealed class SiteClockService(TimeProvider time) : ISiteClock
{
    private volatile SiteClock _current = SiteClock.For(null, time);

    public SiteClock Current => _current;

    public void Apply(SiteSettings settings)
    {
        if (_current.TimeZone.Id == (string.IsNullOrWhiteSpace(settings.TimeZone) ? SiteClock.DefaultTimeZoneId : settings.TimeZone.Trim())) return;
        _current = SiteClock.For(settings.TimeZone, time);
    }
}

public sealed class SiteClockStartupTask(SiteClockService clock, ISiteSettingsStore settings) : IStartupTask
{
    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken) =>
        clock.Apply(await settings.GetAsync(cancellationToken));
}

public sealed class SiteClockSettingsHandler(SiteClockService clock) : ISiteSettingsHandler
{
    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        clock.Apply(settings);
        return Task.CompletedTask;
    }
}

/// <summary>
/// With several nodes, a settings change committed on another node arrives on the change bus: the clock reads the
/// settings again. Registered after the settings cache's own handler (which runs first), so it reads the new values,
/// and before the output cache's, so no page is rendered with the old zone after the pages are evicted.
/// </summary>
public sealed class SiteClockClusterHandler(SiteClockService clock, IServiceScopeFactory scopes) : IClusterCacheHandler
{
    public async Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (!change.Concerns(ClusterChangeKind.Settings)) return;
        await using var scope = scopes.CreateAsyncScope();
        clock.Apply(await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().GetAsync(cancellationToken));
    }
}
