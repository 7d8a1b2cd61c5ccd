using Cms.Abstractions.Time;
using System.Globalization;
using Cms.Search.Querying;

namespace Cms.Search.Web;

/// <summary>A hit as the theme shows it: the type's name, the French dates, the highlighted title and excerpt.</summary>
public sealed record SearchResultView(string Path, string TypeLabel, string TitleHtml, string ExcerptHtml, string? Dates, string Title)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static SearchResultView From(SearchHit hit, SiteClock clock) =>
        new(hit.Path, hit.TypeLabel, hit.TitleHtml, hit.ExcerptHtml, FrenchDates(hit.StartUtc, hit.EndUtc, clock), hit.Title);

    /// <summary>« 18 octobre 2023 », or « du 18 octobre 2023 au 19 octobre 2023 » (the site's time zone).</summary>
    public static string? FrenchDates(DateTime? startUtc, DateTime? endUtc, SiteClock clock)
    {
        if (startUtc is null) return null;
        var start = clock.ToLocal(startUtc.Value).ToString("d MMMM yyyy", French);
        if (endUtc is null) return start;
        var end = clock.ToLocal(endUtc.Value).ToString("d MMMM yyyy", French);
        return end == start ? start : $"du {start} au {end}";
    }
}
