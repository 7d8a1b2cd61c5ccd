namespace Cms.Abstractions.Time;

/// <summary>
/// The site's time zone (a site setting, <see cref="DefaultTimeZoneId"/> unless changed) and the current instant, with
/// the conversions between stored UTC instants and the wall-clock times editors type and visitors read, daylight
/// saving included. Obtained from <see cref="ISiteClock"/>; nothing else names a time zone.
/// </summary>
public sealed class SiteClock
{
    /// <summary>The site's time zone when the settings name none: the one place it is written.</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    private readonly TimeProvider _time;

    public SiteClock(TimeZoneInfo timeZone, TimeProvider? time = null)
    {
        TimeZone = timeZone;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The clock of the default time zone, on the system time.</summary>
    public static SiteClock Default { get; } = new(FindTimeZone(DefaultTimeZoneId));

    /// <summary>The clock of a time zone id (the default when empty).</summary>
    public static SiteClock For(string? timeZoneId, TimeProvider? time = null) =>
        new(string.IsNullOrWhiteSpace(timeZoneId) ? Default.TimeZone : FindTimeZone(timeZoneId.Trim()), time);

    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// The zone as editors read it in the back office: « heure de Paris » for the default zone, « heure de
    /// Cayenne » for <c>America/Cayenne</c>, « heure de New York » for <c>America/New_York</c>, « heure UTC » for a
    /// zone without a city.
    /// </summary>
    public string ZoneLabel
    {
        get
        {
            var id = TimeZone.Id;
            var slash = id.LastIndexOf('/');
            return slash < 0 || slash == id.Length - 1 ? $"heure {id}" : $"heure de {id[(slash + 1)..].Replace('_', ' ')}";
        }
    }

    /// <summary>The current instant, in UTC, from the host's one <see cref="TimeProvider"/>.</summary>
    public DateTime UtcNow => _time.GetUtcNow().UtcDateTime;

    /// <summary>Finds a time zone by IANA id (Windows ids work too); throws with the id named when unknown.</summary>
    public static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"Unknown time zone '{id}' (site setting TimeZone).", e);
        }
    }

    /// <summary>The local wall-clock time of a UTC instant.</summary>
    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>The instant with its local offset, e.g. 2023-10-18T09:00:00+02:00.</summary>
    public DateTimeOffset ToLocalOffset(DateTime utc)
    {
        var local = ToLocal(utc);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
    }

    /// <summary>A UTC instant as editors read it in lists, histories and messages: « 18/10/2023 à 09:00 » (local time).</summary>
    public string Format(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy 'à' HH:mm", French);

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The local calendar day of a UTC instant.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>
    /// The UTC instant at which local day <paramref name="day"/> begins; when midnight falls in a daylight-saving gap,
    /// the first valid instant after it.
    /// </summary>
    public DateTime StartOfDayUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, TimeZone);
    }

    /// <summary>The UTC instant of a local wall-clock time (ambiguous times take the standard-time reading).</summary>
    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);

    /// <summary>
    /// A wall-clock time typed by a person, in UTC. A time skipped when clocks go forward does not exist: false. A time
    /// that occurs twice when they go back is its first occurrence (daylight time), as a reader would understand it.
    /// </summary>
    public bool TryToUtc(DateTime local, out DateTime utc)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (TimeZone.IsInvalidTime(local))
        {
            utc = default;
            return false;
        }
        utc = TimeZone.IsAmbiguousTime(local)
            ? new DateTimeOffset(local, TimeZone.GetAmbiguousTimeOffsets(local).Max()).UtcDateTime
            : TimeZoneInfo.ConvertTimeToUtc(local, TimeZone);
        return true;
    }
}

/// <summary>
/// The one service that gives the site's clock. Its time zone follows the site settings: read at start and again
/// after every committed change of the settings.
/// </summary>
public interface ISiteClock
{
    SiteClock Current { get; }
}
