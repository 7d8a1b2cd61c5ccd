using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;
using Cms.Samples.Ratings.Fields;
using Cms.Samples.Ratings.Parts;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Samples.Ratings.Tests;

/// <summary>
/// A module's field kind (RatingField) and part kind (ReviewPart) work end to end with no core edit: the back office
/// shows and reads their editors, the site shows them through their drivers and templates, and a listing sorts on
/// the rating's index.
/// </summary>
public sealed class RatingModuleTests(AdminSite site) : IClassFixture<AdminSite>
{
    private static (string, string)[] Review(string title, string slug, string reviewer, string rating) =>
    [
        ("TitlePart.Title", title), ("AutoroutePart.Path", "avis/" + slug), ("ReviewPart.Reviewer", reviewer),
        ("Review.Rating.Value", rating), ("MarkdownBodyPart.Markdown", "Un lieu **accueillant**."),
    ];

    [Fact]
    public async Task The_form_shows_the_module_editors_and_saves_what_they_read()
    {
        using var editor = await site.ClientAsync("editor");
        var (status, form) = await editor.GetPageAsync("/admin/contenus/nouveau/Review");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("name=\"Review.Rating.Value\" value=\"4\"", form);
        Assert.Contains("4 sur 5", form);
        Assert.Contains("Auteur de l'avis (obligatoire)", form);

        var id = await editor.CreateAsync("Review", "publish", Review("Médiathèque de Lyon", "mediatheque-lyon", "Camille", "4"));

        var saved = (await site.PublishedAsync(id))!;
        Assert.Equal(4, saved.GetField<RatingField>("Review", "Rating")!.Value);
        Assert.Equal("Camille", saved.As<ReviewPart>()!.Reviewer);
        // The edit form shows the stored rating checked.
        var (_, edit) = await editor.GetPageAsync($"/admin/contenus/{id}");
        Assert.Contains("name=\"Review.Rating.Value\" value=\"4\" checked=\"checked\"", edit);
    }

    [Fact]
    public async Task A_rating_out_of_range_is_refused_with_the_fields_label_and_nothing_is_saved()
    {
        using var editor = await site.ClientAsync("editor");
        using var response = await editor.SubmitNewAsync("Review", "publish", Review("Trop bien", "trop-bien", "Lou", "9"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("« Note » doit être une note de 1 à 5.", html);
        Assert.Equal(0, await CountAsync("Trop bien"));

        using var missing = await editor.SubmitNewAsync("Review", "publish", Review("Sans auteur", "sans-auteur", "", "3"));
        Assert.Contains("« Auteur de l'avis » est obligatoire.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync("Sans auteur"));
    }

    [Fact]
    public async Task The_review_page_shows_the_part_in_its_zone_and_the_rating_with_its_template()
    {
        using var editor = await site.ClientAsync("editor");
        await editor.CreateAsync("Review", "publish", Review("Tiers-lieu de Bordeaux", "tiers-lieu-bordeaux", "Sacha", "3"));

        using var visitor = await site.ClientAsync();
        var (status, page) = await visitor.GetPageAsync("/avis/tiers-lieu-bordeaux");
        Assert.Equal(HttpStatusCode.OK, status);
        var author = page.IndexOf("<p class=\"cms-review-author\">Avis de Sacha</p>", StringComparison.Ordinal);
        var title = page.IndexOf("<h1 class=\"cms-title\">Tiers-lieu de Bordeaux</h1>", StringComparison.Ordinal);
        var rating = page.IndexOf("aria-label=\"Note : 3 sur 5\"><span aria-hidden=\"true\">★★★☆☆</span> 3/5</p>", StringComparison.Ordinal);
        Assert.True(author >= 0 && title > author && rating > title, "The Meta zone (author) comes before the title, then the rating:\n" + page);
        Assert.Contains("<strong>accueillant</strong>", page);
        // Page-level metadata set by the part's driver through the build context.
        Assert.Contains("<meta name=\"description\" content=\"Avis de Sacha\">", page);
    }

    [Fact]
    public async Task The_listing_sorts_on_the_rating_index_best_first_and_unrated_last()
    {
        using var editor = await site.ClientAsync("editor");
        await editor.CreateAsync("Review", "publish", Review("Tri deux", "tri-deux", "A", "2"));
        await editor.CreateAsync("Review", "publish", Review("Tri sans note", "tri-sans-note", "B", ""));
        await editor.CreateAsync("Review", "publish", Review("Tri cinq", "tri-cinq", "C", "5"));
        await editor.CreateAsync("Review", "publish", Review("Tri un", "tri-un", "D", "1"));

        using var visitor = await site.ClientAsync();
        var (status, page) = await visitor.GetPageAsync("/avis");
        Assert.Equal(HttpStatusCode.OK, status);
        var order = new[] { "Tri cinq", "Tri deux", "Tri un", "Tri sans note" }.Select(t => page.IndexOf($">{t}</a>", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, page));
        Assert.Equal(order.Order(), order);

        var ascending = await site.ContentAsync(async (_, services) => await services.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery
        {
            ContentType = "Review", Text = "Tri", Sort = ContentSort.NumberAsc, NumberPart = "Review", NumberField = "Rating",
        }));
        Assert.Equal(["Tri un", "Tri deux", "Tri cinq", "Tri sans note"], ascending.Items.Select(i => i.DisplayText));
    }

    private Task<int> CountAsync(string title) =>
        site.ContentAsync(async (_, services) => (await services.GetRequiredService<IContentQuery>().ListAsync(
            new ContentListQuery { ContentType = "Review", Status = ContentStatus.Latest, Text = title })).Total);
}
