using Cms.Abstractions.Time;
using Cms.Admin.Editors;

namespace Cms.Admin.Scheduling;

/// <summary>Reads the date typed in a scheduling form (wall-clock time of the site) into UTC, or says what is wrong.</summary>
public static class ScheduleInput
{
    public static bool TryRead(string? text, SiteClock clock, out DateTime utc, out string? error)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"Indiquez la date et l'heure ({clock.ZoneLabel}).";
            return false;
        }
        if (!clock.TryParseInput(text, out var parsed, out error)) return false;
        utc = parsed!.Value;
        return true;
    }
}
