namespace Cms.Events.Dates;

/// <summary>
/// The site's time zone (Europe/Paris by default) and conversions between stored UTC instants and local dates,
/// daylight saving included (through <see cref="TimeZoneInfo"/>).
/// </summary>
public sealed class EventClock
{
    public EventClock(TimeZoneInfo timeZone) => TimeZone = timeZone;

    /// <summary>The clock of Europe/Paris.</summary>
    public static EventClock Paris { get; } = new(FindTimeZone("Europe/Paris"));

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Finds a time zone by IANA id (Windows ids work too); throws with the id named when unknown.</summary>
    public static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"Fuseau horaire inconnu : « {id} » (réglage SiteSettings.TimeZone).", e);
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

    /// <summary>The local calendar day of a UTC instant.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>
    /// The UTC instant at which local day <paramref name="day"/> begins. Midnight always exists in Europe/Paris
    /// (changes happen at 2 h and 3 h); in a zone where it falls in a gap, the first valid instant after it is taken.
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
}
