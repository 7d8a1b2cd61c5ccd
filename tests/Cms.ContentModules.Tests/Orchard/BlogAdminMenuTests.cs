using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.AdminMenu.Services;
using Microsoft.Extensions.DependencyInjection;
using static Cms.ContentModules.Tests.Orchard.SiteRequests;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// The blog recipe's AdminMenu step: its links (Blog, Main Menu) and its « Content » group show in the back office's
/// navigation, leading to our pages; the node kinds we do not show are named in the report.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed partial class BlogAdminMenuTests(OrchardBlogSite fixture)
{
    [Theory]
    [InlineData("Admin/Contents/ContentItems/4x7abc/Display", "/admin/contenus/4x7abc")]
    [InlineData("Admin/Contents/ContentItems/4x7abc/Edit", "/admin/contenus/4x7abc")]
    [InlineData("Admin/Contents/ContentItems/", "/admin")]
    [InlineData("~/blog", "/blog")]
    [InlineData("https://orchardcore.net", "https://orchardcore.net")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("//ailleurs.example", null)]
    public void Orchard_admin_urls_lead_to_our_pages(string orchard, string? ours) =>
        Assert.Equal(ours, AdminMenuNodes.Url(orchard));

    [Fact]
    public async Task The_blog_recipe_menu_shows_in_the_back_office_navigation()
    {
        var report = await OrchardRecipe.Blog.RunAsync(fixture.Site);
        Assert.Contains(report.Warnings, w => w.Contains("ContentTypesAdminNode", StringComparison.Ordinal));

        string blogId;
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            blogId = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetByPathAsync("blog"))!.ContentItemId;
        }
        using var client = fixture.Client();
        await SignInAsync(client);
        var html = await client.GetStringAsync("/admin");
        var links = MenuLinks().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Contains(($"/admin/contenus/{blogId}", "Blog"), links);
        Assert.Contains(("/admin", "Content Items"), links);
        Assert.Contains("Main Menu", html);
        Assert.Contains(">Content</button>", html);
    }

    [GeneratedRegex("<a class=\"fr-nav__link\" href=\"([^\"]*)\">([^<]*)</a>")]
    private static partial Regex MenuLinks();
}
