using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Cms.Events.Agenda;

/// <summary>
/// The filters of an agenda list, read from the query string: <c>theme</c> (a Theme's slug, repeatable: any of
/// them), <c>mois</c> (<c>2023-10</c>), <c>annee</c> (<c>2023</c>, when no month is chosen) and <c>page</c> (from 1).
/// Values that cannot be read are left out and reported in French, naming the parameter.
/// </summary>
public sealed record AgendaFilter
{
    public const string ThemeKey = "theme";
    public const string MonthKey = "mois";
    public const string YearKey = "annee";
    public const string PageKey = "page";

    private static readonly Regex SlugPattern = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public IReadOnlyList<string> ThemeSlugs { get; init; } = [];
    /// <summary>The first day of the chosen month.</summary>
    public DateOnly? Month { get; init; }
    public int? Year { get; init; }
    public int Page { get; init; } = 1;
    public IReadOnlyList<string> Errors { get; init; } = [];
    /// <summary>The parameters given a value that could not be read (reported in <see cref="Errors"/>).</summary>
    public IReadOnlySet<string> InvalidKeys { get; init; } = new HashSet<string>();

    public bool HasFilters => ThemeSlugs.Count > 0 || Month is not null || Year is not null;

    public static AgendaFilter Parse(IQueryCollection query)
    {
        var errors = new List<string>();
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new List<string>();
        foreach (var raw in query[ThemeKey])
        {
            var slug = raw?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(slug)) continue;
            if (!SlugPattern.IsMatch(slug) || slug.Length > 200)
            {
                errors.Add($"Le filtre « {ThemeKey} » attend le nom court d'une thématique (lettres minuscules, chiffres et tirets) : « {Shorten(raw!)} » a été ignoré.");
                invalid.Add(ThemeKey);
                continue;
            }
            if (!slugs.Contains(slug)) slugs.Add(slug);
        }

        DateOnly? month = null;
        var monthText = query[MonthKey].ToString().Trim();
        if (monthText.Length > 0)
        {
            if (DateOnly.TryParseExact(monthText + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 1900 && parsed.Year <= 2200)
            {
                month = parsed;
            }
            else
            {
                invalid.Add(MonthKey);
                errors.Add($"Le filtre « {MonthKey} » attend un mois sous la forme AAAA-MM (par exemple 2023-10) : « {Shorten(monthText)} » a été ignoré.");
            }
        }

        int? year = null;
        var yearText = query[YearKey].ToString().Trim();
        if (yearText.Length > 0)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1900 && y <= 2200)
            {
                year = y;
            }
            else
            {
                invalid.Add(YearKey);
                errors.Add($"Le filtre « {YearKey} » attend une année sur quatre chiffres (par exemple 2023) : « {Shorten(yearText)} » a été ignoré.");
            }
        }
        if (month is not null) year = null;

        var page = 1;
        var pageText = query[PageKey].ToString().Trim();
        if (pageText.Length > 0)
        {
            if (int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1)
            {
                page = p;
            }
            else
            {
                invalid.Add(PageKey);
                errors.Add($"Le paramètre « {PageKey} » attend un numéro de page à partir de 1 : « {Shorten(pageText)} » a été ignoré.");
            }
        }
        return new AgendaFilter { ThemeSlugs = slugs, Month = month, Year = year, Page = page, Errors = errors, InvalidKeys = invalid };
    }

    /// <summary>The query string of this filter (without <c>?</c>), with <paramref name="page"/> when it is not 1.</summary>
    public string ToQueryString(int page = 1)
    {
        var parts = new List<string>();
        parts.AddRange(ThemeSlugs.Select(s => $"{ThemeKey}={Uri.EscapeDataString(s)}"));
        if (Month is { } m) parts.Add($"{MonthKey}={m.Year:D4}-{m.Month:D2}");
        else if (Year is { } y) parts.Add($"{YearKey}={y:D4}");
        if (page > 1) parts.Add($"{PageKey}={page.ToString(CultureInfo.InvariantCulture)}");
        return string.Join("&", parts);
    }

    /// <summary>This filter with <paramref name="slug"/> added, or removed when it was there; back to page 1.</summary>
    public AgendaFilter ToggleTheme(string slug) => this with
    {
        ThemeSlugs = ThemeSlugs.Contains(slug) ? ThemeSlugs.Where(s => s != slug).ToList() : [.. ThemeSlugs, slug],
        Page = 1,
    };

    public AgendaFilter WithMonth(DateOnly? month) => this with { Month = month, Year = null, Page = 1 };

    public AgendaFilter WithYear(int? year) => this with { Year = year, Month = null, Page = 1 };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
