using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Transfer;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Lists;

/// <summary>
/// Orchard Core's blog recipe on the site: its ContentDefinition and content steps go in with no parameter typed, the
/// steps we do not run are named as warnings, and the export gives back every type and item part for part.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class BlogRecipeTests(OrchardBlogSite fixture)
{
    [Fact]
    public async Task Runs_with_no_parameter_typed_and_names_the_steps_it_skips()
    {
        var report = await OrchardRecipe.Blog.RunAsync(fixture.Site);

        // Menu, two taxonomies, the blog, its post, the About article, the footer widget.
        Assert.Equal(7, report.Created);
        Assert.Empty(report.Refused);
        // Roles is run (Cms.Admin's RolesStep), AdminMenu, MediaProfiles, queries and layers too (Orchard/, Layers/).
        foreach (var step in new[] { "AdminMenu", "MediaProfiles", "queries", "layers" })
        {
            Assert.DoesNotContain(report.Warnings, w => w.Contains($"« {step} »", StringComparison.Ordinal));
        }
        Assert.Contains(report.Messages, m => m.Contains("Requêtes enregistrées : « RecentBlogPosts »", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("OrchardCore.Lists", StringComparison.Ordinal) is false
            && w.Contains("OrchardCore.Rules", StringComparison.Ordinal) is false
            && w.Contains("OrchardCore.Shortcodes.Templates", StringComparison.Ordinal));

        var blog = await BlogAsync();
        Assert.Equal(await AdminIdAsync(), blog.Owner);
        Assert.Equal("admin", blog.Author);
    }

    [Fact]
    public async Task The_home_page_is_the_blog_with_Home_and_About_in_the_main_navigation_and_the_post_and_about_pages_show()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        using var client = fixture.Client();
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        var home = parser.ParseDocument(await client.GetStringAsync("/"));
        Assert.Equal("Blog", home.QuerySelector("h1")!.TextContent);
        // The blog's list of posts (other tests add posts: the recipe's own may be on page 2 by now).
        var posts = home.QuerySelectorAll(".cms-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, href => Assert.StartsWith("/blog/", href));
        Assert.Equal(posts, parser.ParseDocument(await client.GetStringAsync("/blog")).QuerySelectorAll(".cms-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal([("Home", "/"), ("About", "/about")],
            home.QuerySelectorAll("#navigation-principale a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))));

        var post = parser.ParseDocument(await client.GetStringAsync("/blog/post-1"));
        Assert.Equal("Man must explore, and this is exploration at its greatest", post.QuerySelector("h1")!.TextContent);
        Assert.Contains("Never in all their history", post.Body!.TextContent);
        var about = parser.ParseDocument(await client.GetStringAsync("/about"));
        Assert.Equal("About", about.QuerySelector("h1")!.TextContent);
        Assert.Contains("This is what I do.", about.Body!.TextContent);
    }

    [Fact]
    public async Task The_export_holds_every_type_and_item_of_the_recipe_part_for_part()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        await OrchardRecipeExport.AssertHoldsEveryTypeAndItemAsync(OrchardRecipe.Blog, fixture.Site);
    }

    [Fact]
    public async Task The_blog_page_lists_its_posts_newest_first_a_page_at_a_time_and_follows_publications()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        var blog = await BlogAsync();
        using var client = fixture.Client();

        var first = await client.GetStringAsync("/blog");
        Assert.Contains("Man must explore, and this is exploration at its greatest", first);
        Assert.Contains("href=\"/blog/post-1\"", first);
        Assert.Contains("href=\"/blog/feed.xml\"", first);

        // Ten more posts: the recipe's, the oldest, goes to page 2 (ten a page, as the recipe's ListPartSettings say).
        for (var n = 1; n <= 10; n++) await CreatePostAsync(blog.ContentItemId, $"Billet de test {n:00}");
        var page1 = await client.GetStringAsync("/blog");
        Assert.Contains("Billet de test 10", page1);
        Assert.DoesNotContain("Man must explore", page1);
        Assert.True(page1.IndexOf("Billet de test 10", StringComparison.Ordinal) < page1.IndexOf("Billet de test 09", StringComparison.Ordinal));
        Assert.Contains("Page suivante", page1);
        Assert.Contains("href=\"/blog?page=2\"", page1);

        var page2 = await client.GetStringAsync("/blog?page=2");
        Assert.Contains("Man must explore", page2);
        Assert.Contains("aria-current=\"page\"", page2);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/blog?page=3")).StatusCode);
    }

    [Fact]
    public async Task A_post_created_in_the_blog_gets_its_path_under_the_blog_and_is_in_its_feed()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        var blog = await BlogAsync();
        var post = await CreatePostAsync(blog.ContentItemId, "Un billet à part");
        Assert.Equal("blog/un-billet-a-part", post.As<AutoroutePart>()!.Path);

        using var client = fixture.Client();
        var page = await client.GetStringAsync("/blog/un-billet-a-part");
        Assert.Contains("Un billet à part", page);
        Assert.Contains("Retour à « Blog »", page);

        using var response = await client.GetAsync("/blog/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("Blog", feed.Root!.Element(atom + "title")!.Value);
        Assert.Contains(feed.Root.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == "Un billet à part"
            && e.Element(atom + "link")!.Attribute("href")!.Value.EndsWith("/blog/un-billet-a-part", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/about/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task The_blog_edit_page_lists_its_posts_and_adds_one_in_the_blog()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        var blog = await BlogAsync();
        using var admin = await SignedInAsync();

        var edit = await admin.GetStringAsync($"/admin/contenus/{blog.ContentItemId}");
        Assert.Contains("Man must explore, and this is exploration at its greatest", edit);
        var create = $"/admin/listes/{blog.ContentItemId}/nouveau/BlogPost";
        Assert.Contains($"href=\"{create}\"", edit);
        Assert.Contains("Ajouter : Blog Post", edit);

        var form = await admin.GetStringAsync(create);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["command"] = "publish",
            ["TitlePart.Title"] = "Ajouté depuis le blog",
            ["TitlePart.Present"] = "1",
        };
        using var posted = await admin.PostAsync(create, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = posted.Headers.Location!.ToString().Split('/').Last();
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
        Assert.Equal(blog.ContentItemId, (string?)saved!.GetPart("ContainedPart")!["ListContentItemId"]);
        Assert.Equal("blog/ajoute-depuis-le-blog", saved.As<AutoroutePart>()!.Path);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/listes/{blog.ContentItemId}/nouveau/Article")).StatusCode);
    }

    private async Task<ContentItem> CreatePostAsync(string blogId, string title)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var post = await content.NewAsync("BlogPost");
        post.Apply(new TitlePart { Title = title });
        post.Apply("ContainedPart", new JsonObject { ["ListContentItemId"] = blogId, ["Order"] = 0 });
        post.Apply("MarkdownBodyPart", new JsonObject { ["Markdown"] = $"Le texte de « {title} »." });
        return await content.CreateAsync(post, publish: true);
    }

    private async Task<ContentItem> BlogAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetByPathAsync("blog"))!;
    }

    private async Task<string?> AdminIdAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var environment = new Dictionary<string, string>();
        foreach (var provider in scope.ServiceProvider.GetServices<Cms.Abstractions.Recipes.IRecipeEnvironmentProvider>())
        {
            await provider.PopulateAsync(environment, CancellationToken.None);
        }
        return environment.GetValueOrDefault("AdminUserId");
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = fixture.Client();
        var login = await client.GetStringAsync("/admin/connexion");
        using var response = await client.PostAsync("/admin/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(login), ["UserName"] = "admin", ["Password"] = ContentModulesSite.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    internal static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
}
