using Cms.Abstractions.Time;

namespace Cms.Admin.Tests.Unit;

/// <summary>An <see cref="ISiteClock"/> that always gives one clock: the default time zone unless told otherwise.</summary>
internal sealed class FixedSiteClock(SiteClock clock) : ISiteClock
{
    public static FixedSiteClock Default { get; } = new(SiteClock.Default);

    public SiteClock Current => clock;
}
