using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Events.Agenda;
using Cms.Events.Dates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cms.Events.Tests;

public class AgendaFilterTests
{
    private static AgendaFilter Parse(string queryString) => AgendaFilter.Parse(new QueryCollection(
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString)));

    [Fact]
    public void Reads_several_themes_a_month_and_a_page()
    {
        var filter = Parse("?theme=souverainete&theme=donnees&mois=2023-10&page=2");
        Assert.Equal(["souverainete", "donnees"], filter.ThemeSlugs);
        Assert.Equal(new DateOnly(2023, 10, 1), filter.Month);
        Assert.Equal(2, filter.Page);
        Assert.Empty(filter.Errors);
        Assert.Equal("theme=souverainete&theme=donnees&mois=2023-10&page=2", filter.ToQueryString(filter.Page));
    }

    [Fact]
    public void Bad_values_are_ignored_and_reported_by_name()
    {
        var filter = Parse("?theme=<script>&mois=octobre&annee=23&page=0");
        Assert.Empty(filter.ThemeSlugs);
        Assert.Null(filter.Month);
        Assert.Null(filter.Year);
        Assert.Equal(1, filter.Page);
        Assert.Equal(4, filter.Errors.Count);
        Assert.Contains(filter.Errors, e => e.Contains("« theme »"));
        Assert.Contains(filter.Errors, e => e.Contains("« mois »"));
        Assert.Contains(filter.Errors, e => e.Contains("« annee »"));
        Assert.Contains(filter.Errors, e => e.Contains("« page »"));
    }

    [Fact]
    public void Toggling_a_theme_adds_or_removes_it_and_goes_back_to_page_one()
    {
        var filter = Parse("?theme=a&page=3");
        Assert.Equal("theme=a&theme=b", filter.ToggleTheme("b").ToQueryString());
        Assert.Equal("", filter.ToggleTheme("a").ToQueryString());
    }

    [Fact]
    public void A_month_wins_over_a_year()
    {
        var filter = Parse("?mois=2023-10&annee=2022");
        Assert.Null(filter.Year);
        Assert.Equal("mois=2023-10", filter.ToQueryString());
    }
}

public class AgendaQueryBuilderTests
{
    private static readonly SiteClock Paris = SiteClock.Default;
    private static readonly DateTime Now = new(2023, 10, 19, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Upcoming_compares_end_else_start_with_the_start_of_today_in_Paris()
    {
        var query = AgendaQueryBuilder.Build(AgendaList.Upcoming, new AgendaFilter(), [], Now, Paris, 10);
        Assert.Equal("Event", query.ContentType);
        Assert.Equal(ContentStatus.Published, query.Status);
        Assert.Equal(("Event", "StartDate", "EndDate"), (query.DatePart, query.DateField, query.EndDateField));
        Assert.Equal(new DateTime(2023, 10, 18, 22, 0, 0, DateTimeKind.Utc), query.EndsOnOrAfterUtc);
        Assert.Null(query.EndsBeforeUtc);
        Assert.Equal(ContentSort.DateAsc, query.Sort);
        Assert.Null(query.PickedAnyOf);
    }

    [Fact]
    public void Past_is_newest_first_and_paginated()
    {
        var query = AgendaQueryBuilder.Build(AgendaList.Past, new AgendaFilter { Page = 3 }, [], Now, Paris, 10);
        Assert.Equal(new DateTime(2023, 10, 18, 22, 0, 0, DateTimeKind.Utc), query.EndsBeforeUtc);
        Assert.Null(query.EndsOnOrAfterUtc);
        Assert.Equal(ContentSort.DateDesc, query.Sort);
        Assert.Equal((3, 10), (query.Page, query.PageSize));
    }

    [Fact]
    public void A_month_keeps_the_events_that_overlap_it()
    {
        var filter = new AgendaFilter { Month = new DateOnly(2023, 3, 1) };
        var query = AgendaQueryBuilder.Build(AgendaList.Past, filter, [], Now, Paris, 10);
        // March 2023 in Paris: from 1 March 00:00 (winter, UTC+1) to 1 April 00:00 (summer, UTC+2).
        Assert.Equal(new DateTime(2023, 2, 28, 23, 0, 0, DateTimeKind.Utc), query.EndsOnOrAfterUtc);
        Assert.Equal(new DateTime(2023, 3, 31, 22, 0, 0, DateTimeKind.Utc), query.DateToUtc);
    }

    [Fact]
    public void Upcoming_in_the_current_month_starts_today()
    {
        var filter = new AgendaFilter { Month = new DateOnly(2023, 10, 1) };
        var query = AgendaQueryBuilder.Build(AgendaList.Upcoming, filter, [], Now, Paris, 10);
        Assert.Equal(new DateTime(2023, 10, 18, 22, 0, 0, DateTimeKind.Utc), query.EndsOnOrAfterUtc);
        Assert.Equal(new DateTime(2023, 10, 31, 23, 0, 0, DateTimeKind.Utc), query.DateToUtc);
    }

    [Fact]
    public void Themes_filter_on_the_picker_index_and_unknown_slugs_match_nothing()
    {
        var filter = new AgendaFilter { ThemeSlugs = ["a", "b"] };
        var query = AgendaQueryBuilder.Build(AgendaList.Upcoming, filter, ["id1", "id2"], Now, Paris, 10);
        Assert.Equal(("Event", "Themes"), (query.PickerPart, query.PickerField));
        Assert.Equal(["id1", "id2"], query.PickedAnyOf!);

        var unknown = AgendaQueryBuilder.Build(AgendaList.Upcoming, filter, [], Now, Paris, 10);
        Assert.NotNull(unknown.PickedAnyOf);
        Assert.Single(unknown.PickedAnyOf!);
    }
}
