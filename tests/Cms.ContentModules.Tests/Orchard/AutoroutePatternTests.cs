using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard's AutoroutePart <c>Pattern</c>s in Liquid give the path of an item saved without one: the Blog recipe's pages
/// (<c>{{ Model.ContentItem | display_text | slugify }}</c>) and posts (with the Lists' <c>container</c> filter), a pattern
/// reading the item's fields, and a pattern that fails falling back to the title's slug.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class AutoroutePatternTests(OrchardBlogSite fixture)
{
    [Fact]
    public async Task The_blog_recipe_patterns_give_a_page_and_a_post_their_paths()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var page = await content.NewAsync("Page");
        page.Apply(new TitlePart { Title = "Qui sommes-nous ?" });
        page = await content.CreateAsync(page, publish: true);
        Assert.Equal("qui-sommes-nous", page.As<AutoroutePart>()!.Path);

        var blog = (await content.GetByPathAsync("blog"))!;
        var post = await content.NewAsync("BlogPost");
        post.Apply(new TitlePart { Title = "Carnet de bord, épisode 1" });
        post.Apply("ContainedPart", new JsonObject { ["ListContentItemId"] = blog.ContentItemId, ["Order"] = 0 });
        post = await content.CreateAsync(post, publish: true);
        Assert.Equal("blog/carnet-de-bord-episode-1", post.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_pattern_reads_the_item_and_a_failing_one_falls_back_to_the_title()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await definitions.AlterTypeDefinitionAsync("FicheMotif", t => t.DisplayedAs("Fiche").WithPart("TitlePart").WithPart("AutoroutePart",
            p => p.WithSettings(new AutoroutePartSettings { Pattern = "fiches/{{ Model.ContentItem.ContentType | downcase }}-{{ Model.ContentItem | display_text | slugify }}" })));
        await definitions.AlterTypeDefinitionAsync("FicheCassee", t => t.DisplayedAs("Fiche cassée").WithPart("TitlePart").WithPart("AutoroutePart",
            p => p.WithSettings(new AutoroutePartSettings { Pattern = "{{ Model.ContentItem | " })));

        var fiche = await content.NewAsync("FicheMotif");
        fiche.Apply(new TitlePart { Title = "Numérique responsable" });
        fiche = await content.CreateAsync(fiche, publish: false);
        Assert.Equal("fiches/fichemotif-numerique-responsable", fiche.As<AutoroutePart>()!.Path);

        var twin = await content.NewAsync("FicheMotif");
        twin.Apply(new TitlePart { Title = "Numérique responsable" });
        twin = await content.CreateAsync(twin, publish: false);
        Assert.Equal("fiches/fichemotif-numerique-responsable-2", twin.As<AutoroutePart>()!.Path);

        var broken = await content.NewAsync("FicheCassee");
        broken.Apply(new TitlePart { Title = "Motif cassé" });
        broken = await content.CreateAsync(broken, publish: false);
        Assert.Equal("motif-casse", broken.As<AutoroutePart>()!.Path);
    }
}
