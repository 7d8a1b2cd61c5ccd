using System.Globalization;
using Cms.Abstractions.Time;

namespace Cms.Admin.Editors;

/// <summary>
/// Dates are entered and shown in the site's time zone (<see cref="ISiteClock"/>) and stored in UTC. The conversion
/// goes through the time zone rules of the date itself, so an event in winter and one in summer both keep the
/// wall-clock time typed.
/// </summary>
public static class EditorTime
{
    /// <summary>The format of an HTML <c>datetime-local</c> input.</summary>
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>UTC to the value of a <c>datetime-local</c> input, in Paris time.</summary>
    public static string ToInput(this SiteClock clock, DateTime? utc) =>
        utc is null ? "" : clock.ToLocal(utc.Value).ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>« 18/10/2023 à 09:00 » in the site's time, for lists and history.</summary>
    public static string Display(this SiteClock clock, DateTime? utc) => utc is null ? "" : clock.Format(utc.Value);

    /// <summary>
    /// Reads a wall-clock time typed by an editor (<c>2024-10-27T02:30</c>, seconds allowed) and returns it in
    /// UTC. A time skipped by the spring change does not exist and is refused; a time that occurs twice in autumn
    /// is taken at its first occurrence (summer time), as a reader of the page would understand it.
    /// </summary>
    public static bool TryParseInput(this SiteClock clock, string? text, out DateTime? utc, out string? error)
    {
        utc = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = $"« {text} » n'est pas une date valide (attendu : AAAA-MM-JJ HH:MM, {clock.ZoneLabel}).";
            return false;
        }
        if (!clock.TryToUtc(local, out var converted))
        {
            error = $"{local:dd/MM/yyyy HH:mm} n'existe pas en {clock.ZoneLabel} (passage à l'heure d'été) : choisissez une autre heure.";
            return false;
        }
        utc = converted;
        return true;
    }
}
