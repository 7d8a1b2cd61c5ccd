using Cms.Display.Listing;
using Cms.Events.Agenda;
using Cms.Events.Display;

namespace Cms.Events.Tests;

public class PaginationAndLinksTests
{
    private static string Url(int page) => $"/agenda/passes?page={page}";

    [Fact]
    public void One_page_needs_no_pagination()
    {
        Assert.Null(ListingPagination.Build(1, 1, Url));
        Assert.Null(ListingPagination.Build(1, 0, Url));
    }

    [Fact]
    public void Window_around_the_current_page_with_ellipses()
    {
        var model = ListingPagination.Build(6, 12, Url)!;
        Assert.Equal(new int?[] { 1, null, 4, 5, 6, 7, 8, null, 12 }, model.Pages.Select(p => p.Number).ToArray());
        Assert.True(model.Pages.Single(p => p.Number == 6).Current);
        Assert.Equal(("/agenda/passes?page=1", "/agenda/passes?page=5", "/agenda/passes?page=7", "/agenda/passes?page=12"),
            (model.FirstUrl, model.PreviousUrl, model.NextUrl, model.LastUrl));
    }

    [Fact]
    public void First_and_last_pages_disable_their_own_direction()
    {
        var first = ListingPagination.Build(1, 3, Url)!;
        Assert.Null(first.FirstUrl);
        Assert.Null(first.PreviousUrl);
        Assert.NotNull(first.NextUrl);
        var last = ListingPagination.Build(3, 3, Url)!;
        Assert.Null(last.NextUrl);
        Assert.Null(last.LastUrl);
        Assert.Equal(new int?[] { 1, 2, 3 }, last.Pages.Select(p => p.Number).ToArray());
    }

    [Theory]
    [InlineData("https://numerique-en-communs.fr/vous-inscrire/", "https://numerique-en-communs.fr/vous-inscrire/")]
    [InlineData(" /agenda/x ", "/agenda/x")]
    [InlineData("mailto:communication.dinum@modernisation.gouv.fr", "mailto:communication.dinum@modernisation.gouv.fr")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JaVaScRiPt:alert(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("", null)]
    public void Only_safe_link_targets_are_kept(string url, string? expected)
    {
        Assert.Equal(expected, EventUrls.SafeLinkUrl(url));
    }

    [Fact]
    public void Slug_is_the_last_segment_of_a_path()
    {
        Assert.Equal("souverainete", EventUrls.Slug("/thematiques/souverainete"));
        Assert.Null(EventUrls.Slug(null));
    }
}
