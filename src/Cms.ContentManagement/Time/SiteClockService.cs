using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Cms.Abstractions.Time;

namespace Cms.ContentManagement.Time;

/// <summary>
/// <see cref="ISiteClock"/>: the default time zone until the settings are read at start
/// (<see cref="SiteClockStartupTask"/>), then the settings' <see cref="SiteSettings.TimeZone"/>, followed after every
/// committed change (<see cref="SiteClockSettingsHandler"/>). An unknown zone refuses the start with its id named.
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
