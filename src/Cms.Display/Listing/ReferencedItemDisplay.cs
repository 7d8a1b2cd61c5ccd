using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Listing;

/// <summary>
/// Shared by the display handlers of referenced types (Theme, Partner): on Detail, adds one page (<c>?page=N</c>) of
/// the events that reference the item, upcoming then past: <c>Model.UpcomingEvents</c> and <c>Model.PastEvents</c>
/// (summaries rendered with <c>Content-Event.Summary</c>), the totals <c>Model.UpcomingCount</c> and
/// <c>Model.PastCount</c>, and <c>Model.Pagination</c> (null for a single page). A page past the last is a 404.
/// </summary>
public static class ReferencedItemDisplay
{
    public const string PageKey = "page";

    public static async Task AddEventsAsync(
        IServiceProvider services, ContentItem item, ReferencingItemsQuery spec, IDictionary<string, object?> model, PageMeta meta, CancellationToken cancellationToken)
    {
        var loader = services.GetRequiredService<ReferencingItemsLoader>();
        // Resolved at call time: the renderer itself depends on the display handlers.
        var renderer = services.GetRequiredService<IPageRenderer>();
        var request = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        var page = RequestedPage(request);
        var events = await loader.LoadAsync(spec, item.ContentItemId, page, cancellationToken);
        if (page > 1 && page > events.PageCount) meta.StatusCode = StatusCodes.Status404NotFound;
        RecognisePage(request, page, meta);
        model["UpcomingEvents"] = await RenderAsync(renderer, events.Upcoming, cancellationToken);
        model["PastEvents"] = await RenderAsync(renderer, events.Past, cancellationToken);
        model["UpcomingCount"] = events.UpcomingTotal;
        model["PastCount"] = events.PastTotal;
        var path = request?.Path.Value ?? "/";
        model["Pagination"] = ListingPagination.Build(events.Page, events.PageCount,
            n => n == 1 ? path : $"{path}?{PageKey}={n.ToString(CultureInfo.InvariantCulture)}");
        if (page > 1) meta.CanonicalPath = $"{path}?{PageKey}={page.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Tells the output cache that the <c>page</c> of the query string names a page of this listing
    /// (<see cref="PageMeta.RecognisedQueryKeys"/>): a number the listing read, not <c>?page=abc</c> shown as page 1.
    /// A page past the last one is a 404, never stored.
    /// </summary>
    public static void RecognisePage(HttpRequest? request, int page, PageMeta meta)
    {
        var raw = request?.Query[PageKey].ToString().Trim() ?? "";
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == page)
        {
            meta.RecognisedQueryKeys.Add(PageKey);
        }
    }

    /// <summary>The <c>page</c> of the query string: 1 when absent or not a positive number.</summary>
    public static int RequestedPage(HttpRequest? request) =>
        request is not null && int.TryParse(request.Query[PageKey].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;

    private static async Task<List<string>> RenderAsync(IPageRenderer renderer, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var list = new List<string>(items.Count);
        foreach (var item in items)
        {
            list.Add(await renderer.RenderContentAsync(item, "Summary", null, cancellationToken));
        }
        return list;
    }
}
