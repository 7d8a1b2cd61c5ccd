using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Cms.Taxonomies.Editors;
using Cms.Taxonomies.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Cms.ContentModules.Tests.Taxonomies;

/// <summary>
/// The taxonomies of Orchard Core's blog recipe (Tags in tags mode, Categories with one leaf term): the Taxonomy type,
/// term pages at their paths under the taxonomy's listing the items that carry them, the terms shown on the post, and
/// the TaxonomyField editor.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class TermPageTests(OrchardBlogSite fixture)
{
    private const string PostTitle = "Man must explore, and this is exploration at its greatest";

    [Fact]
    public async Task The_taxonomy_type_exists_without_any_recipe()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var type = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Taxonomy");
        Assert.NotNull(type);
        Assert.Equal(["TitlePart", "AutoroutePart", "TaxonomyPart"], type!.ContentTypePartDefinitionRecords.Select(p => p.PartName));
        Assert.Equal("Taxonomie", type.DisplayName);
    }

    [Fact]
    public async Task A_tag_page_and_a_category_page_list_the_items_carrying_the_term()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        using var client = fixture.Client();

        var earth = await client.GetStringAsync("/tags/earth");
        Assert.Contains("<h1", earth);
        Assert.Contains("Earth", earth);
        Assert.Contains(PostTitle, earth);
        Assert.Contains("href=\"/blog/post-1\"", earth);

        var travel = await client.GetStringAsync("/categories/travel");
        Assert.Contains("Travel", travel);
        Assert.Contains(PostTitle, travel);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tags/pluton")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tags/earth?page=2")).StatusCode);
    }

    [Fact]
    public async Task A_term_page_lists_only_the_items_carrying_the_term_and_follows_publications()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        using var client = fixture.Client();
        Assert.DoesNotContain("Billet spatial", await client.GetStringAsync("/tags/space"));

        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var tags = (await content.GetByPathAsync("tags"))!;
        var space = TaxonomyTerms.Flatten(tags).Single(t => t.Name == "Space");
        var post = await content.NewAsync("BlogPost");
        post.Apply(new TitlePart { Title = "Billet spatial" });
        post.Apply(new AutoroutePart { Path = "billet-spatial" });
        post.Part("BlogPost")["Tags"] = new JsonObject { ["TaxonomyContentItemId"] = tags.ContentItemId, ["TermContentItemIds"] = new JsonArray(space.Id) };
        await content.CreateAsync(post, publish: true);

        var page = await client.GetStringAsync("/tags/space");
        Assert.Contains("Billet spatial", page);
        Assert.DoesNotContain("Billet spatial", await client.GetStringAsync("/tags/earth"));
    }

    [Fact]
    public async Task The_taxonomy_page_links_its_terms_and_the_post_shows_its_tags()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        using var client = fixture.Client();

        var tags = await client.GetStringAsync("/tags");
        Assert.Contains("href=\"/tags/earth\"", tags);
        Assert.Contains("href=\"/tags/exploration\"", tags);
        Assert.Contains("href=\"/tags/space\"", tags);

        var post = await client.GetStringAsync("/blog/post-1");
        Assert.Contains("href=\"/tags/earth\"", post);
        Assert.Contains("href=\"/categories/travel\"", post);
    }

    [Fact]
    public async Task The_tags_editor_matches_typed_names_and_refuses_new_ones_unless_the_field_is_open()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var tags = (await content.GetByPathAsync("tags"))!;
        var editor = ActivatorUtilities.CreateInstance<TaxonomyFieldEditor>(scope.ServiceProvider);
        var settings = new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Tags", ["Editor"] = "Tags" },
            ["TaxonomyFieldSettings"] = new JsonObject { ["TaxonomyContentItemId"] = tags.ContentItemId },
            ["TaxonomyFieldTagsEditorSettings"] = new JsonObject(),
        };

        var (target, errors) = await UpdateAsync(editor, settings, "earth, SPACE");
        Assert.Empty(errors);
        var terms = TaxonomyTerms.Flatten(tags);
        Assert.Equal([terms.Single(t => t.Name == "Earth").Id, terms.Single(t => t.Name == "Space").Id],
            target["TermContentItemIds"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["Earth", "Space"], target["TagNames"]!.AsArray().Select(n => (string)n!));

        (_, errors) = await UpdateAsync(editor, settings, "Earth, Lune");
        Assert.Equal("« Tags » : le terme « Lune » n'existe pas dans la taxonomie « Tags » et ce champ ne permet pas d'en ajouter.", Assert.Single(errors).Message);

        settings["TaxonomyFieldTagsEditorSettings"] = new JsonObject { ["Open"] = true };
        (target, errors) = await UpdateAsync(editor, settings, "Earth, Lune");
        Assert.Empty(errors);
        var lune = TaxonomyTerms.Flatten((await content.GetByPathAsync("tags"))!).Single(t => t.Name == "Lune");
        Assert.Equal("tags/lune", lune.Path);
        Assert.Equal(lune.Id, (string?)target["TermContentItemIds"]![1]);
        using var client = fixture.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tags/lune")).StatusCode);
    }

    [Fact]
    public async Task The_terms_editor_takes_a_term_of_its_taxonomy_and_refuses_one_of_another_naming_the_field()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var categories = (await content.GetByPathAsync("categories"))!;
        var tags = TaxonomyTerms.Flatten((await content.GetByPathAsync("tags"))!);
        var travel = TaxonomyTerms.Flatten(categories).Single();
        var editor = ActivatorUtilities.CreateInstance<TaxonomyFieldEditor>(scope.ServiceProvider);
        var settings = new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Catégorie" },
            ["TaxonomyFieldSettings"] = new JsonObject { ["TaxonomyContentItemId"] = categories.ContentItemId, ["Unique"] = true, ["LeavesOnly"] = true },
        };

        var (target, errors) = await UpdateAsync(editor, settings, null, travel.Id);
        Assert.Empty(errors);
        Assert.Equal(categories.ContentItemId, (string?)target["TaxonomyContentItemId"]);

        (_, errors) = await UpdateAsync(editor, settings, null, travel.Id, tags[0].Id);
        Assert.Equal("« Catégorie » : un terme choisi n'existe plus dans la taxonomie « Categories ».", Assert.Single(errors).Message);
    }

    private static async Task<(JsonObject Target, List<ContentValidationError> Errors)> UpdateAsync(
        TaxonomyFieldEditor editor, JsonObject settings, string? tagNames, params string[] termIds)
    {
        var element = new EditorElement
        {
            Kind = "TaxonomyField", View = editor.View, Prefix = "BlogPost.Tags", PartName = "BlogPost", FieldName = "Tags",
            Label = settings["ContentPartFieldSettings"]!["DisplayName"]!.GetValue<string>(), Settings = settings,
        };
        var values = new Dictionary<string, StringValues> { ["BlogPost.Tags.Present"] = "1" };
        if (tagNames is not null) values["BlogPost.Tags.TagNames"] = tagNames;
        if (termIds.Length > 0) values["BlogPost.Tags.TermContentItemIds"] = termIds;
        var context = new EditorUpdateContext(new FormCollection(values), new ClaimsPrincipal(), CancellationToken.None);
        var target = new JsonObject();
        await editor.UpdateAsync(element, context, target);
        return (target, context.Errors);
    }
}
