using Cms.Admin.Editors;

namespace Cms.Admin.Scheduling;

/// <summary>Reads the date typed in a scheduling form (Paris wall-clock time) into UTC, or says what is wrong.</summary>
public static class ScheduleInput
{
    public static bool TryRead(string? text, out DateTime utc, out string? error)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Indiquez la date et l'heure (heure de Paris).";
            return false;
        }
        if (!ParisTime.TryParseInput(text, out var parsed, out error)) return false;
        utc = parsed!.Value;
        return true;
    }
}
