using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Listing;

/// <summary>
/// Shared by the display handlers of referenced types (Theme, Partner): on Detail, adds <c>Model.UpcomingEvents</c>
/// and <c>Model.PastEvents</c> (summaries rendered with <c>Content-Event.Summary</c>) and their totals.
/// </summary>
public static class ReferencedItemDisplay
{
    public static async Task AddEventsAsync(
        IServiceProvider services, ContentItem item, ReferencingItemsQuery spec, IDictionary<string, object?> model, CancellationToken cancellationToken)
    {
        var loader = services.GetRequiredService<ReferencingItemsLoader>();
        // Resolved at call time: the renderer itself depends on the display handlers.
        var renderer = services.GetRequiredService<IPageRenderer>();
        var events = await loader.LoadAsync(spec, item.ContentItemId, cancellationToken);
        model["UpcomingEvents"] = await RenderAsync(renderer, events.Upcoming, cancellationToken);
        model["PastEvents"] = await RenderAsync(renderer, events.Past, cancellationToken);
        model["UpcomingCount"] = events.UpcomingTotal;
        model["PastCount"] = events.PastTotal;
    }

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
