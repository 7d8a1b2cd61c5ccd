using System.Net;
using Cms.Abstractions.Content;
using Cms.ContentModules.Tests.Html;
using Cms.Taxonomies.Editors;
using Cms.Taxonomies.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Taxonomies;

/// <summary>
/// The terms of a taxonomy edited in the back office (the Blog recipe's Tags): added at the root and under a term,
/// renamed (the path kept), moved, deleted with their sub-terms, each publication shown at once on the term pages.
/// The terms of the recipe are left as they are, for the other tests of the shared site.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class TaxonomyTermsEditorTests(OrchardBlogSite fixture)
{
    private const string Prefix = "TaxonomyPart.";

    [Fact]
    public async Task An_editor_adds_renames_moves_and_deletes_terms_and_the_term_pages_follow()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        var admin = await AdminSession.SignInAsync(fixture.Client());
        using var visitor = fixture.Client();
        var tags = await TagsAsync();
        var edit = $"/admin/contenus/{tags.ContentItemId}";

        await PublishAsync(admin, edit, (Prefix + TaxonomyPartEditor.NewNamesKey, "Mars\nVénus"));
        Assert.Contains("Mars", await visitor.GetStringAsync("/tags/mars"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/tags/venus")).StatusCode);

        var terms = TaxonomyTerms.Flatten(await TagsAsync());
        var mars = terms.Single(t => t.Name == "Mars").Id;
        var venus = terms.Single(t => t.Name == "Vénus").Id;
        await PublishAsync(admin, edit,
            (Prefix + TaxonomyPartEditor.NewNamesKey, "Phobos"),
            (Prefix + TaxonomyPartEditor.NewParentKey, mars),
            (Prefix + TaxonomyPartEditor.NameKey(mars), "Planète rouge"),
            (Prefix + TaxonomyPartEditor.PositionKey(venus), "0"));
        var renamed = await visitor.GetStringAsync("/tags/mars");
        Assert.Contains("Planète rouge", renamed);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/tags/phobos")).StatusCode);
        var listing = await visitor.GetStringAsync("/tags");
        Assert.True(listing.IndexOf("href=\"/tags/venus\"", StringComparison.Ordinal) < listing.IndexOf("href=\"/tags/earth\"", StringComparison.Ordinal),
            "Vénus, moved to position 0, comes before the recipe's first term.");
        var phobos = TaxonomyTerms.Flatten(await TagsAsync()).Single(t => t.Name == "Phobos");
        Assert.Equal(1, phobos.Depth);

        await PublishAsync(admin, edit, (Prefix + TaxonomyPartEditor.DeleteKey, mars), (Prefix + TaxonomyPartEditor.DeleteKey, venus));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tags/mars")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tags/phobos")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/tags/earth")).StatusCode);
        Assert.DoesNotContain(TaxonomyTerms.Flatten(await TagsAsync()), t => t.Name is "Phobos" or "Vénus" or "Planète rouge");
    }

    [Fact]
    public async Task A_term_emptied_of_its_name_is_refused_naming_the_part_and_nothing_is_saved()
    {
        await OrchardRecipe.Blog.RunAsync(fixture.Site);
        var admin = await AdminSession.SignInAsync(fixture.Client());
        var tags = await TagsAsync();
        var before = tags.ContentItemVersionId;
        var earth = TaxonomyTerms.Flatten(tags).Single(t => t.Name == "Earth").Id;
        var edit = $"/admin/contenus/{tags.ContentItemId}";
        var page = await admin.Http.GetStringAsync(edit);
        using var response = await admin.PostAsync(edit, page, AdminSession.Form(page, "content-form",
            (Prefix + TaxonomyPartEditor.NameKey(earth), " "), (Prefix + TaxonomyPartEditor.NewNamesKey, "Saturne"), ("command", "publish")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("le nom d'un terme ne peut pas être vide", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var after = await TagsAsync();
        Assert.Equal(before, after.ContentItemVersionId);
        Assert.DoesNotContain(TaxonomyTerms.Flatten(after), t => t.Name == "Saturne");
    }

    private async Task<ContentItem> TagsAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var published = (await content.GetByPathAsync("tags"))!;
        return (await content.GetAsync(published.ContentItemId, VersionOptions.Latest))!;
    }

    private static async Task PublishAsync(AdminSession admin, string edit, params (string Key, string Value)[] changes)
    {
        var page = await admin.Http.GetStringAsync(edit);
        Assert.Contains("data-testid=\"taxonomy-terms\"", page);
        using var response = await admin.PostAsync(edit, page, AdminSession.Form(page, "content-form", [.. changes, ("command", "publish")]));
        var errors = System.Text.RegularExpressions.Regex.Matches(await response.Content.ReadAsStringAsync(), "fr-error-text[^>]*>([^<]*)<").Select(m => m.Groups[1].Value);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, "The publication was refused: " + WebUtility.HtmlDecode(string.Join(" | ", errors)));
    }
}
