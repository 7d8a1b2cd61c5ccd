using Cms.Abstractions.Content;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard's Liquid filters that read the site's content, on the Agency's site: the Alias module's
/// <c>content_item_id</c> and <c>content_item</c> (read as <c>Model.ContentItem</c> is), and the core's
/// <c>display_url</c> of an id and <c>shape_render</c> of a bag's item through the site's templates.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class LiquidFilterTests(OrchardAgencySite fixture)
{
    [Fact]
    public async Task Handles_ids_and_items_of_the_store_render_in_a_stored_template()
    {
        await OrchardRecipe.Agency.RunAsync(fixture.Site);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var landing = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetByPathAsync("home-page"))!;
        var store = scope.ServiceProvider.GetRequiredService<TemplateStore>();
        Assert.True(store.TryParse("Content-LandingPage", """
            {% assign id = "alias:main-menu" | content_item_id %}{% assign menu = "alias:main-menu" | content_item %}{{ id.size }}|{{ menu | display_text }}|{{ menu.Content.AliasPart.Alias }}|{{ menu.MenuItemsListPart.MenuItems.size }}|{{ "alias:aucun" | content_item_id }}|{{ Model.ContentItem.ContentItemId | display_url }}|{{ "/media/portfolio/1.jpg" | append_version }}|{{ "/media/portfolio/1.jpg" | resize_url: width: 10 }}|{{ "~/media/absent.jpg" | append_version }}|{{ Model.ContentItem.Content.Services.ContentItems.first | shape_render }}
            """, "test", out var template, out var error), error);
        var renderer = scope.ServiceProvider.GetRequiredService<FluidPageRenderer>();
        renderer.UsePreviewTemplate(template!);

        var html = (await renderer.RenderContentAsync(landing, "Detail")).Trim();

        Assert.StartsWith("26|Main Menu|main-menu|5||/home-page|", html);
        // append_version: a media file's version is its store entry's, the one resize_url signs; a missing file stays as it is.
        var parts = html.Split('|');
        var version = System.Text.RegularExpressions.Regex.Match(parts[7], "[?;]v=([0-9a-f]{12})").Groups[1].Value;
        Assert.Equal($"/media/portfolio/1.jpg?v={version}", parts[6]);
        Assert.Equal("/media/absent.jpg", parts[8]);
        // The Service item has no template of its own: the generic Content template shows its title and its HTML body.
        var service = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html.Split('|')[^1]);
        Assert.Equal("E-Commerce", service.QuerySelector("article h1")!.TextContent);
        Assert.StartsWith("Lorem ipsum dolor sit amet", service.QuerySelector("article")!.TextContent.Replace("E-Commerce", "").Trim());
    }
}
