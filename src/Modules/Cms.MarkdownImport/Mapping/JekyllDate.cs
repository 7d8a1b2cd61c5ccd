using Cms.Abstractions.Time;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cms.MarkdownImport.Mapping;

/// <summary>
/// Jekyll dates (<c>2023-10-18 09:00:00 +02:00</c>, <c>2023-10-18</c>, ISO 8601…) to UTC. The offset written is
/// honoured; a date or time without offset is in the site's time zone.
/// </summary>
public static partial class JekyllDate
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm zzz",
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd zzz",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyy-M-d", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss",
    ];

    public static bool TryParse(string text, SiteClock clock, out DateTime utc)
    {
        var value = Whitespace().Replace(text.Trim(), " ");
        value = ZuluSuffix().Replace(value, "+00:00");
        value = CompactOffset().Replace(value, "$1:$2");
        if (DateTimeOffset.TryParseExact(value, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            utc = withOffset.UtcDateTime;
            return true;
        }
        if (DateTime.TryParseExact(value, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (clock.TimeZone.IsInvalidTime(local))
            {
                local = local.AddHours(1); // the hour skipped when clocks go forward
            }
            utc = clock.ToUtc(local);
            return true;
        }
        utc = default;
        return false;
    }


    /// <summary>The value stored in a DateTimeField: <c>2023-10-18T07:00:00Z</c>.</summary>
    public static string ToField(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s?Z$")]
    private static partial Regex ZuluSuffix();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
