using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Microsoft.AspNetCore.Http;

namespace Cms.Samples.Ratings.Listing;

/// <summary><c>/avis</c>: the published reviews, best rated first (sorted by the database on the rating's index), 20 a page.</summary>
public static class BestRatedPage
{
    public const string Path = "/avis";

    public static async Task<IResult> RenderAsync(HttpContext http, IContentQuery query, IPageRenderer renderer, CancellationToken cancellationToken)
    {
        var page = int.TryParse(http.Request.Query["page"], out var p) && p > 0 ? p : 1;
        var reviews = await query.ListAsync(new ContentListQuery
        {
            ContentType = "Review", Sort = ContentSort.NumberDesc, NumberPart = "Review", NumberField = "Rating",
            Page = page, PageSize = 20,
        }, cancellationToken);
        var meta = new PageMeta { Title = "Avis", CanonicalPath = Path, Description = "Les avis publiés, les mieux notés d'abord." };
        meta.ContentTypes.Add("Review");
        var items = new List<string>();
        foreach (var review in reviews.Items)
        {
            meta.ContentItemIds.Add(review.ContentItemId);
            items.Add(await renderer.RenderContentAsync(review, "Summary", meta, cancellationToken));
        }
        var model = new Dictionary<string, object?> { ["Items"] = items, ["Total"] = reviews.Total, ["Page"] = page, ["PageCount"] = reviews.PageCount };
        return Results.Content(await renderer.RenderPageAsync("BestRated", model, meta, cancellationToken), "text/html; charset=utf-8");
    }
}
