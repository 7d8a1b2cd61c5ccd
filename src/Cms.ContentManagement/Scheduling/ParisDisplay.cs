using System.Globalization;

namespace Cms.ContentManagement.Scheduling;

/// <summary>Times in the scheduler's messages and audit entries, as editors read them: Paris wall-clock time.</summary>
internal static class ParisDisplay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>« 28/03/2027 à 03:30 ».</summary>
    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone)
            .ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR"));
}
