using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Recipes;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes.Tests;

/// <summary>A recipe in the shape of Orchard Core's own blog recipe: its ContentDefinition and content steps go in whole.</summary>
public sealed class OrchardRecipeTests : IAsyncLifetime
{
    private TestStore store = null!;

    public async Task InitializeAsync() => store = await RecipeStore.CreateAsync();
    public async Task DisposeAsync() => await store.DisposeAsync();

    private Task<RecipeReport> RunAsync() => store.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(
        RepositoryPaths.Fixture("blog-shaped.recipe.json"), false, TextWriter.Null, RecipeOrigin.Local, parameters: new Dictionary<string, string> { ["AdminUsername"] = "admin" }));

    [Fact]
    public async Task Definitions_are_stored_with_every_setting_as_given()
    {
        await RunAsync();
        var (blog, post, rawHtml, part) = await store.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            return (await definitions.GetTypeDefinitionAsync("Blog"), await definitions.GetTypeDefinitionAsync("BlogPost"),
                await definitions.GetPartDefinitionAsync("RawHtml"), await definitions.GetPartDefinitionAsync("BlogPost"));
        });

        Assert.Equal("Blog", blog!.DisplayName);
        Assert.Equal("True", (string?)blog.Settings["Creatable"]);
        Assert.Equal(["Blog", "AutoroutePart", "ListPart", "TitlePart", "HtmlBodyPart"], blog.ContentTypePartDefinitionRecords.Select(p => p.Name));
        var autoroute = blog.ContentTypePartDefinitionRecords[1].Settings;
        Assert.Equal("{{ ContentItem | display_text | slugify }}", (string?)autoroute["Pattern"]);
        Assert.False((bool)autoroute["ContentIndexSettings"]!["Included"]!);
        Assert.Equal("BlogPost", (string?)blog.ContentTypePartDefinitionRecords[2].Settings["ContainedContentTypes"]![0]);
        Assert.Equal("Blog Post", post!.DisplayName);
        Assert.Equal(["Subtitle", "Image"], part!.ContentPartFieldDefinitionRecords.Select(f => f.Name));
        Assert.Equal("MediaField", part.ContentPartFieldDefinitionRecords[1].FieldName);
        Assert.Equal("The HTML content.", (string?)rawHtml!.ContentPartFieldDefinitionRecords[0].Settings["HtmlFieldSettings"]!["Hint"]);
        Assert.True((bool)rawHtml.Settings["ContentPartSettings"]!["Attachable"]!);
    }

    [Fact]
    public async Task Items_of_any_type_keep_parts_and_fields_without_code_here()
    {
        var report = await RunAsync();
        Assert.Equal(3, report.Created);

        var (blogs, post, footer) = await store.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var query = sp.GetRequiredService<IContentQuery>();
            return (await query.ListAsync(new ContentListQuery { ContentType = "Blog" }),
                await content.GetAsync("blogpost00000000000000000a"), await content.GetAsync("rawhtml0000000000000000000"));
        });

        var blog = Assert.Single(blogs.Items);
        Assert.Matches("^[0-9a-z]{26}$", blog.ContentItemId);
        Assert.Equal("admin", blog.Owner);
        Assert.Equal("<p>A clean blog.</p>", (string?)blog.GetPart("HtmlBodyPart")!["Html"]);
        Assert.Equal("blog", blog.As<AutoroutePart>()!.Path);

        Assert.Equal(blog.ContentItemId, (string?)post!.GetPart("ContainedPart")!["ListContentItemId"]);
        Assert.Equal("Problems look mighty small from 150 miles up", post.GetField<TextField>("BlogPost", "Subtitle")!.Text);
        Assert.Equal(["post-bg.jpg"], post.GetField<MediaField>("BlogPost", "Image")!.Paths);
        Assert.Equal("blog/post-1", post.As<AutoroutePart>()!.Path);

        Assert.Equal("Footer", footer!.DisplayText);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Fixture("Snippets/footer.html")), (string?)footer.GetPart("RawHtml")!["Content"]!["Html"]);
        Assert.Equal("Footer", (string?)footer.GetPart("LayerMetadata")!["Zone"]);
        Assert.Equal(10, (int)footer.GetPart("LayerMetadata")!["Position"]!);
    }
}
