using System.Net;
using AngleSharp.Html.Dom;

namespace Cms.Events.Tests.Site;

/// <summary>The agenda lists, their filters and pagination, the home page, served by the real program, on each store.</summary>
public abstract class AgendaPagesTests(AgendaFixture fixture)
{
    private AgendaSite Site
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.Site;
        }
    }

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".cms-agenda__list .fr-card__title a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<List<string>> AllTitlesAsync(string path)
    {
        var titles = new List<string>();
        for (var page = 1; page < 20; page++)
        {
            var separator = path.Contains('?') ? '&' : '?';
            var (status, _) = await Site.GetAsync($"{path}{separator}page={page}");
            if (status == HttpStatusCode.NotFound) break;
            titles.AddRange(Titles(await Site.PageAsync($"{path}{separator}page={page}")));
        }
        return titles;
    }

    [SkippableFact]
    public async Task Upcoming_lists_running_and_coming_events_soonest_first()
    {
        Assert.Equal(
            ["Forum sur plusieurs jours", "Soirée jusqu'à minuit et demie", "Café de ce matin", "Atelier de demain", "Conférence de décembre"],
            await AllTitlesAsync("/agenda"));
        var first = await Site.PageAsync("/agenda");
        Assert.Equal("5 évènements à venir", first.QuerySelector("#resultats")!.TextContent.Trim());
    }

    [SkippableFact]
    public async Task Past_lists_ended_events_newest_first()
    {
        Assert.Equal(["Webinaire d'hier", "Séminaire d'octobre", "Rencontre de septembre"], await AllTitlesAsync("/agenda/passes"));
    }

    [SkippableFact]
    public async Task Pages_are_links_and_a_page_past_the_last_is_not_found()
    {
        var page = await Site.PageAsync("/agenda?page=2");
        Assert.Equal(["Café de ce matin", "Atelier de demain"], Titles(page));
        var pagination = page.QuerySelector("nav.fr-pagination")!;
        Assert.Equal("2", pagination.QuerySelector("[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("/agenda?page=3", pagination.QuerySelector("a.fr-pagination__link--next")!.GetAttribute("href"));
        Assert.Equal("/agenda", pagination.QuerySelector("a.fr-pagination__link--prev")!.GetAttribute("href"));
        var (status, body) = await Site.GetAsync("/agenda?page=4");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page non trouvée", body);
    }

    [SkippableFact]
    public async Task Theme_filters_are_links_that_add_and_remove_themes()
    {
        var page = await Site.PageAsync("/agenda");
        var tag = page.QuerySelectorAll(".cms-agenda__filters a.fr-tag").First(a => a.TextContent.Trim() == "Données & territoire");
        Assert.Equal("/agenda?theme=donnees-territoire", tag.GetAttribute("href"));

        Assert.Equal(["Café de ce matin", "Atelier de demain", "Conférence de décembre"], await AllTitlesAsync("/agenda?theme=donnees-territoire"));
        // Several themes: events of any of them.
        Assert.Equal(
            ["Forum sur plusieurs jours", "Café de ce matin", "Atelier de demain", "Conférence de décembre"],
            await AllTitlesAsync("/agenda?theme=donnees-territoire&theme=communs-souverainete"));

        var filtered = await Site.PageAsync("/agenda?theme=donnees-territoire&theme=communs-souverainete");
        var selected = filtered.QuerySelectorAll(".cms-agenda__filters a.fr-tag[aria-current=true]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/agenda?theme=communs-souverainete", selected);
        Assert.Contains("/agenda?theme=donnees-territoire", selected);
    }

    [SkippableFact]
    public async Task Month_filter_keeps_events_overlapping_the_month()
    {
        Assert.Equal(["Conférence de décembre"], await AllTitlesAsync("/agenda?mois=2026-12"));
        Assert.Equal(["Séminaire d'octobre"], await AllTitlesAsync("/agenda/passes?mois=2026-10"));
        Assert.Equal(["Séminaire d'octobre"], await AllTitlesAsync("/agenda/passes?mois=2026-10&theme=donnees-territoire"));
        Assert.Empty(await AllTitlesAsync("/agenda/passes?mois=2026-10&theme=communs-souverainete"));

        var page = await Site.PageAsync("/agenda");
        var months = page.QuerySelectorAll(".cms-agenda__filters a.fr-tag").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("novembre 2026", "/agenda?mois=2026-11"), months);
        Assert.Contains(("décembre 2026", "/agenda?mois=2026-12"), months);
    }

    [SkippableFact]
    public async Task Past_list_offers_years_then_months()
    {
        var page = await Site.PageAsync("/agenda/passes");
        var years = page.QuerySelectorAll(".cms-agenda__filters a.fr-tag").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/agenda/passes?annee=2026", years);
        Assert.Equal(["Webinaire d'hier", "Séminaire d'octobre", "Rencontre de septembre"], await AllTitlesAsync("/agenda/passes?annee=2026"));
        var year = await Site.PageAsync("/agenda/passes?annee=2026");
        Assert.Contains(year.QuerySelectorAll("a.fr-tag"), a => a.GetAttribute("href") == "/agenda/passes?mois=2026-09");
    }

    [SkippableFact]
    public async Task Bad_filter_values_are_reported_and_ignored()
    {
        var page = await Site.PageAsync("/agenda?mois=demain&theme=inconnue");
        var alerts = page.QuerySelectorAll(".fr-alert").Select(a => a.TextContent).ToList();
        Assert.Contains(alerts, a => a.Contains("« mois »"));
        Assert.Contains(alerts, a => a.Contains("« theme »") && a.Contains("inconnue"));
        Assert.Empty(Titles(page));
    }

    [SkippableFact]
    public async Task Drafts_and_unpublished_versions_are_never_shown()
    {
        var pages = new[] { "/", "/agenda", "/agenda?page=2", "/agenda?page=3", "/agenda/passes", "/agenda/passes?page=2", "/feed.xml", "/agenda.ics", "/sitemap.xml", "/agenda/atelier-demain", "/agenda/atelier-demain.ics" };
        foreach (var path in pages)
        {
            var (status, text) = await Site.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("Brouillon secret", text);
            Assert.DoesNotContain("brouillon-secret", text);
            Assert.DoesNotContain("Titre pas encore publié", text);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetAsync("/agenda/brouillon-secret")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetAsync("/agenda/brouillon-secret.ics")).Status);
    }

    [SkippableFact]
    public async Task Undated_events_are_in_neither_list_but_keep_their_page()
    {
        Assert.DoesNotContain("Évènement sans date", await AllTitlesAsync("/agenda"));
        Assert.DoesNotContain("Évènement sans date", await AllTitlesAsync("/agenda/passes"));
        var page = await Site.PageAsync("/agenda/sans-date");
        Assert.Contains("Date à préciser", page.QuerySelector(".cms-event__facts")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.GetAsync("/agenda/sans-date.ics")).Status);
    }

    [SkippableFact]
    public async Task Home_shows_the_next_events_and_the_themes()
    {
        var page = await Site.PageAsync("/");
        var events = page.QuerySelectorAll(".cms-agenda__list .fr-card__title a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Forum sur plusieurs jours", "Soirée jusqu'à minuit et demie", "Café de ce matin", "Atelier de demain"], events);
        var themes = page.QuerySelectorAll(".cms-home__themes a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Communs & souveraineté", "/thematiques/communs-souverainete"), ("Données & territoire", "/thematiques/donnees-territoire")], themes);
    }
}

public sealed class SqliteAgendaPagesTests(SqliteAgendaFixture fixture) : AgendaPagesTests(fixture), IClassFixture<SqliteAgendaFixture>;

public sealed class PostgresAgendaPagesTests(PostgresAgendaFixture fixture) : AgendaPagesTests(fixture), IClassFixture<PostgresAgendaFixture>;
