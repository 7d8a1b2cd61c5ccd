using Cms.Display.Listing;
namespace Cms.Events.Agenda;

/// <summary>What <c>Agenda.liquid</c> shows: one list (upcoming or past), its filters as links, its pages.</summary>
public sealed record AgendaPageModel
{
    public required string Title { get; init; }
    public required bool IsPast { get; init; }
    /// <summary>« 12 évènements à venir », « Aucun évènement passé ne correspond à ces filtres. »…</summary>
    public required string CountText { get; init; }
    public required int Total { get; init; }
    /// <summary>The events of the page, each rendered with <c>Content-Event.Summary</c> (output with <c>| raw</c>).</summary>
    public required IReadOnlyList<string> Events { get; init; }
    public IReadOnlyList<FilterTag> Themes { get; init; } = [];
    public IReadOnlyList<FilterTag> Years { get; init; } = [];
    public IReadOnlyList<FilterTag> Months { get; init; } = [];
    /// <summary>The filters in force, each with the link that removes it.</summary>
    public IReadOnlyList<FilterTag> ActiveFilters { get; init; } = [];
    public string? ClearFiltersUrl { get; init; }
    /// <summary>Query string values that could not be read, in French, naming the parameter.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
    public ListingPagination? Pagination { get; init; }
    public required string OtherListUrl { get; init; }
    public required string OtherListLabel { get; init; }
    public string CalendarUrl { get; init; } = "/agenda.ics";
    public string FeedUrl { get; init; } = "/feed.xml";
}

/// <summary>A filter link (DSFR tag): its label, the URL that selects it (or removes it when selected), whether it is selected.</summary>
public sealed record FilterTag(string Label, string Url, bool Selected);

/// <summary>What <c>Home.liquid</c> shows: the next events and the thematic tracks.</summary>
public sealed record HomePageModel
{
    public required string SiteName { get; init; }
    public string? Tagline { get; init; }
    /// <summary>The next events, rendered with <c>Content-Event.Summary</c>.</summary>
    public required IReadOnlyList<string> NextEvents { get; init; }
    public required int UpcomingTotal { get; init; }
    public required IReadOnlyList<ThemeEntry> Themes { get; init; }
    public string AgendaUrl { get; init; } = "/agenda";
    public string PastUrl { get; init; } = "/agenda/passes";
    public string CalendarUrl { get; init; } = "/agenda.ics";
    public string FeedUrl { get; init; } = "/feed.xml";
}
