using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Cms.Abstractions.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Browser.Tests;

/// <summary>What visitors can reach over HTTP (no browser needed): only published items, events in their order.</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentVisibilityTests(SiteFixture site)
{
    private readonly HttpClient _http = new();

    [SkippableFact]
    public async Task Draft_and_unpublished_items_get_the_404_page()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        using var scope = site.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var draft = await manager.NewAsync("Theme");
        draft.DisplayText = "Brouillon secret";
        draft.Part("TitlePart")["Title"] = "Brouillon secret";
        draft.Part("AutoroutePart")["Path"] = "thematiques/brouillon-secret";
        await manager.CreateAsync(draft, publish: false);
        await AssertNotFoundAsync("/thematiques/brouillon-secret", "Brouillon secret");

        var published = await manager.NewAsync("Partner");
        published.DisplayText = "Partenaire retiré";
        published.Part("TitlePart")["Title"] = "Partenaire retiré";
        published.Part("AutoroutePart")["Path"] = "partenaires/partenaire-retire";
        published = await manager.CreateAsync(published, publish: true);
        var visible = await _http.GetAsync(site.BaseUrl + "/partenaires/partenaire-retire");
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        await manager.UnpublishAsync(published.ContentItemId);
        await AssertNotFoundAsync("/partenaires/partenaire-retire", "Partenaire retiré");
        Assert.DoesNotContain("Partenaire retiré", await _http.GetStringAsync(site.BaseUrl + "/partenaires"));
    }

    [SkippableFact]
    public async Task Theme_page_lists_upcoming_events_soonest_first_then_past_most_recent_first()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        using var scope = site.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var theme = await manager.NewAsync("Theme");
        theme.DisplayText = "Ordre des évènements";
        theme.Part("TitlePart")["Title"] = theme.DisplayText;
        theme.Part("AutoroutePart")["Path"] = "thematiques/ordre-des-evenements";
        theme = await manager.CreateAsync(theme, publish: true);

        var now = DateTime.UtcNow;
        async Task AddEventAsync(string title, DateTime start, bool publish = true)
        {
            var item = await manager.NewAsync("Event");
            item.DisplayText = title;
            item.Part("TitlePart")["Title"] = title;
            item.Part("AutoroutePart")["Path"] = "agenda/ordre-" + Guid.NewGuid().ToString("n")[..8];
            item.Part("Event")["StartDate"] = new JsonObject { ["Value"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") };
            item.Part("Event")["EndDate"] = new JsonObject { ["Value"] = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") };
            item.Part("Event")["Themes"] = new JsonObject { ["ContentItemIds"] = new JsonArray(theme.ContentItemId) };
            await manager.CreateAsync(item, publish);
        }
        await AddEventAsync("Futur lointain", now.AddDays(60));
        await AddEventAsync("Futur proche", now.AddDays(3));
        await AddEventAsync("Passé récent", now.AddDays(-3));
        await AddEventAsync("Passé ancien", now.AddDays(-90));
        await AddEventAsync("Futur brouillon", now.AddDays(5), publish: false);

        var html = await _http.GetStringAsync(site.BaseUrl + "/thematiques/ordre-des-evenements");
        var document = new HtmlParser().ParseDocument(html);
        string[] Titles(string list) => document.QuerySelectorAll($"ul[aria-labelledby={list}] .fr-card__title").Select(t => t.TextContent.Trim()).ToArray();
        Assert.Equal(["Futur proche", "Futur lointain"], Titles("evenements-a-venir"));
        Assert.Equal(["Passé récent", "Passé ancien"], Titles("evenements-passes"));
        Assert.DoesNotContain("Futur brouillon", html);
    }

    private async Task AssertNotFoundAsync(string path, string hiddenText)
    {
        var response = await _http.GetAsync(site.BaseUrl + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page non trouvée", body);
        Assert.DoesNotContain(hiddenText, body);
    }
}
