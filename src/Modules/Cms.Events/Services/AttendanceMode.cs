using System.Globalization;
using System.Text;

namespace Cms.Events.Services;

/// <summary>How people attend an event, as schema.org names it; guessed from the venue and address.</summary>
public enum AttendanceMode { Unknown, Offline, Online, Mixed }

public static class AttendanceModeDetector
{
    /// <summary>
    /// « en ligne », « webinaire », « visio », « distanciel » mean online; together with « présentiel » or a street
    /// address they mean both; any other venue or address means on site; nothing at all is unknown.
    /// </summary>
    public static AttendanceMode Detect(string? venue, string? address)
    {
        var text = Fold($"{venue} {address}");
        var online = text.Contains("en ligne") || text.Contains("webinaire") || text.Contains("webinar")
            || text.Contains("visio") || text.Contains("distanciel") || text.Contains("youtube");
        var onSite = text.Contains("presentiel") || !string.IsNullOrWhiteSpace(address);
        if (online) return onSite ? AttendanceMode.Mixed : AttendanceMode.Online;
        return string.IsNullOrWhiteSpace(venue) && string.IsNullOrWhiteSpace(address) ? AttendanceMode.Unknown : AttendanceMode.Offline;
    }

    public static string? SchemaOrgUrl(this AttendanceMode mode) => mode switch
    {
        AttendanceMode.Offline => "https://schema.org/OfflineEventAttendanceMode",
        AttendanceMode.Online => "https://schema.org/OnlineEventAttendanceMode",
        AttendanceMode.Mixed => "https://schema.org/MixedEventAttendanceMode",
        _ => null,
    };

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
