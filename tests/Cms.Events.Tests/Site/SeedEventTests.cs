namespace Cms.Events.Tests.Site;

/// <summary>The reference event as the setup recipe imports it, on its page.</summary>
public class SeedEventTests
{
    [Fact]
    public async Task Seed_event_page_reads_as_on_the_original_site()
    {
        await using var site = await AgendaSite.StartAsync(new DateTime(2026, 11, 10, 10, 0, 0, DateTimeKind.Utc), realSetupRecipe: true);
        var past = await site.PageAsync("/agenda/passes?annee=2023");
        var link = past.QuerySelectorAll(".fr-card__title a").Single(a => a.TextContent.Contains("Bordeaux"));
        var page = await site.PageAsync(link.GetAttribute("href")!);

        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Du 18 octobre à 9 h au 20 octobre 2023 à 19 h", page.QuerySelector(".cms-event__facts")!.TextContent);
        var buttons = page.QuerySelectorAll(".cms-event__info a.fr-btn").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://numerique-en-communs.fr/vous-inscrire/", "https://numerique-en-communs.fr/vous-inscrire-en-groupe/", "https://numerique-en-communs.fr/"], buttons);
        var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("2023-10-18T09:00:00+02:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2023-10-20T19:00:00+02:00", json.GetProperty("endDate").GetString());
        Assert.Equal("Palais de la Bourse", json.GetProperty("location").GetProperty("name").GetString());
    }
}
