using Cms.Abstractions.Time;
using System.Globalization;

namespace Cms.Events.Dates;

/// <summary>
/// The dates of an event in French, as written on the site: « le 18 octobre 2023 », « le 18 octobre 2023 de 9 h à
/// 19 h », « du 18 au 20 octobre 2023 », « du 30 septembre au 2 octobre 2023 », « du 30 décembre 2023 au 2 janvier
/// 2024 ». Hours are shown when they are not midnight (a midnight time means "the whole day"); an all-day event
/// shows no hours, and a one-day one says so: « le 18 octobre 2023, toute la journée ».
/// </summary>
public static class FrenchDateRange
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Formats the range of two UTC instants in the clock's time zone; null when there is no start.</summary>
    public static string? Format(DateTime? startUtc, DateTime? endUtc, SiteClock clock, bool allDay = false)
    {
        if (startUtc is null)
        {
            return endUtc is null ? null : "jusqu'au " + Day(clock.ToLocal(endUtc.Value), withYear: true);
        }
        var start = clock.ToLocal(startUtc.Value);
        if (allDay)
        {
            var lastDay = endUtc is { } e && clock.LocalDate(e) > DateOnly.FromDateTime(start) ? clock.ToLocal(e).Date : (DateTime?)null;
            return lastDay is null ? $"le {Day(start, withYear: true)}, toute la journée" : FormatLocal(start.Date, lastDay);
        }
        var end = endUtc is null || endUtc <= startUtc ? (DateTime?)null : clock.ToLocal(endUtc.Value);
        return FormatLocal(start, end);
    }

    /// <summary>Formats local wall-clock times (already in the site's time zone).</summary>
    public static string FormatLocal(DateTime start, DateTime? end)
    {
        var startHasTime = start.TimeOfDay != TimeSpan.Zero;
        if (end is null)
        {
            return "le " + Day(start, withYear: true) + (startHasTime ? " à " + Time(start) : "");
        }
        var endValue = end.Value;
        var endHasTime = endValue.TimeOfDay != TimeSpan.Zero;
        var hasTimes = startHasTime || endHasTime;

        if (start.Date == endValue.Date)
        {
            return "le " + Day(start, withYear: true) + (hasTimes ? $" de {Time(start)} à {Time(endValue)}" : "");
        }
        if (hasTimes)
        {
            // With hours, each end names its day: « du 18 octobre à 9 h au 20 octobre 2023 à 19 h ».
            var sameYear = start.Year == endValue.Year;
            var from = Day(start, withYear: !sameYear) + (startHasTime ? " à " + Time(start) : "");
            var to = Day(endValue, withYear: true) + (endHasTime ? " à " + Time(endValue) : "");
            return $"du {from} au {to}";
        }
        if (start.Year != endValue.Year)
        {
            return $"du {Day(start, withYear: true)} au {Day(endValue, withYear: true)}";
        }
        if (start.Month != endValue.Month)
        {
            return $"du {Day(start, withYear: false)} au {Day(endValue, withYear: true)}";
        }
        return $"du {DayNumber(start)} au {Day(endValue, withYear: true)}";
    }

    /// <summary>« 18 octobre 2023 », « 1er octobre 2023 ».</summary>
    public static string Day(DateTime local, bool withYear) =>
        DayNumber(local) + " " + local.ToString("MMMM", French) + (withYear ? " " + local.Year.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>« octobre 2023 », for month filters.</summary>
    public static string Month(int year, int month) =>
        new DateTime(year, month, 1).ToString("MMMM yyyy", French);

    /// <summary>« 9 h », « 9 h 30 », « 19 h ».</summary>
    public static string Time(DateTime local) =>
        local.Minute == 0
            ? $"{local.Hour.ToString(CultureInfo.InvariantCulture)} h"
            : $"{local.Hour.ToString(CultureInfo.InvariantCulture)} h {local.Minute.ToString("00", CultureInfo.InvariantCulture)}";

    private static string DayNumber(DateTime local) =>
        local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
}
