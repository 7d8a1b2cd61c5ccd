using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard Core's agency recipe on a fresh site: its ContentDefinition and content steps go in with no parameter typed,
/// what we do not run is named as a warning, and the export gives back every type and item part for part.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class AgencyRecipeTests(OrchardAgencySite fixture)
{
    [Fact]
    public async Task Runs_with_no_parameter_typed_and_names_what_it_skips()
    {
        var report = await OrchardRecipe.Agency.RunAsync(fixture.Site);

        // The four client logos are SVG, which the media store refuses (an SVG may carry script); nothing else is refused.
        Assert.Equal(["logos/ibm.svg", "logos/google.svg", "logos/microsoft.svg", "logos/facebook.svg"],
            report.Refused.Select(r => r.Path.Split('(', ')')[1]));
        Assert.All(report.Refused, r => Assert.Contains("SVG", r.Reason, StringComparison.Ordinal));
        Assert.Empty(report.MissingMedia);
        Assert.Equal(3, report.Created);
        // The layers step is run (Cms.Layers) and its features known; the footer widget's script is removed, said so.
        Assert.DoesNotContain(report.Warnings, w => w.Contains("« layers »", StringComparison.Ordinal) || w.Contains("OrchardCore.Layers", StringComparison.Ordinal));
        Assert.Contains("Calques enregistrés : « Always », « Homepage ».", report.Messages);
        // OrchardCore.Flows is the module Cms.Flows, OrchardCore.Widgets (widgets in zones) Cms.Layers: neither named as missing.
        Assert.DoesNotContain(report.Warnings, w => w.Contains("OrchardCore.Flows", StringComparison.Ordinal) || w.Contains("OrchardCore.Widgets", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.StartsWith("RawHtml « Footer »", StringComparison.Ordinal) && w.Contains("<script>", StringComparison.Ordinal));
        // The Templates step's template parses ({% zone %} is known) and is stored; MediaProfiles too.
        foreach (var step in new[] { "Templates", "MediaProfiles", "content", "Content", "ContentDefinition" })
        {
            Assert.DoesNotContain(report.Warnings, w => w.Contains($"« {step} »", StringComparison.Ordinal));
        }
        Assert.Contains("Modèles enregistrés : « Content__LandingPage ».", report.Messages);
    }

    [Fact]
    public async Task The_home_page_is_the_landing_page_its_autoroute_sets_rendered_by_the_recipe_template_with_its_header_zone()
    {
        await OrchardRecipe.Agency.RunAsync(fixture.Site);
        using var client = fixture.Client();
        var home = await client.GetStringAsync("/");

        // The recipe's Templates step's Content__LandingPage renders it; its {% zone "Header" %} goes to the layout's Header
        // zone: first in the main element, before the breadcrumb's container that precedes the page's body (the contact
        // section), once.
        var main = home.IndexOf("<main", StringComparison.Ordinal);
        var crumbs = home.IndexOf("<div class=\"fr-container\">", main, StringComparison.Ordinal);
        var header = home.IndexOf("Welcome To Our Studio!", StringComparison.Ordinal);
        var body = home.IndexOf("<h2 class=\"section-heading text-uppercase\">Contact Us</h2>", StringComparison.Ordinal);
        Assert.True(main >= 0 && header > main, "The Header zone is inside the main element.");
        Assert.True(crumbs > header && body > crumbs, "The Header zone comes before the breadcrumb and the body.");
        Assert.True(home.IndexOf("</main>", StringComparison.Ordinal) > body);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(home, "Welcome To Our Studio!"));
    }

    [Fact]
    public async Task The_landing_page_shows_its_services_portfolio_milestones_team_and_clients_with_their_sections_in_the_navigation()
    {
        await OrchardRecipe.Agency.RunAsync(fixture.Site);
        using var client = fixture.Client();
        var home = await client.GetStringAsync("/");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(home);

        // {{ Model.ContentItem | display_text }}: the landing page's title (the recipe's SiteName).
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector(".masthead-heading")!.TextContent));
        // Model.ContentItem.Content.<BagPart>.ContentItems, each item read by its parts (service.Service.IconClass.Text).
        Assert.Equal(["E-Commerce", "Responsive Design", "Web Security"], document.QuerySelectorAll("#services .service-heading").Select(h => h.TextContent));
        Assert.NotNull(document.QuerySelector("#services i.fa-shopping-cart"));
        Assert.Equal(6, document.QuerySelectorAll("#portfolio .portfolio-caption-heading").Length);
        Assert.StartsWith("/media/portfolio/1.jpg?width=600&height=480", document.QuerySelector("#portfolio img")!.GetAttribute("src"));
        Assert.Equal(6, document.QuerySelectorAll(".portfolio-modal").Length);
        // Milestones: {% cycle %} alternates the timeline's sides.
        var milestones = document.QuerySelectorAll("#about .timeline-heading");
        Assert.Equal("2009-2011", milestones[0].QuerySelector("h4")!.TextContent);
        Assert.Equal("Our Humble Beginnings", milestones[0].QuerySelector(".subheading")!.TextContent);
        Assert.Equal(["", "timeline-inverted", "", "timeline-inverted"], document.QuerySelectorAll("#about .timeline > li").Take(4).Select(li => li.ClassName ?? ""));
        Assert.Equal(["Parveen Anand", "Diana Petersen", "Larry Parker"], document.QuerySelectorAll("#team .team-member h4").Select(h => h.TextContent));
        Assert.Contains("/media/logos/microsoft.svg", document.QuerySelectorAll("img.img-brand").Select(i => i.GetAttribute("src")));

        // The recipe's main menu links to the page's sections (Orchard's ~/#services is the site's /#services).
        var navigation = document.QuerySelectorAll("#navigation-principale a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        foreach (var section in new[] { "Services", "Portfolio", "Team" })
        {
            Assert.Equal($"/#{section.ToLowerInvariant()}", navigation[section]);
        }
    }

    [Fact]
    public async Task The_export_holds_every_type_and_item_of_the_recipe_part_for_part()
    {
        await OrchardRecipe.Agency.RunAsync(fixture.Site);
        await OrchardRecipeExport.AssertHoldsEveryTypeAndItemAsync(OrchardRecipe.Agency, fixture.Site);
    }
}
