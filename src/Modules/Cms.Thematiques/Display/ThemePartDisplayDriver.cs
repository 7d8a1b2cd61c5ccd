using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Display.Listing;

namespace Cms.Thematiques.Display;

/// <summary>
/// The <c>Theme</c> part (thematic track) on its page: one shape <c>Theme</c> placed after the title, summary and body
/// (<c>Content:10</c>) with one page of its published events, upcoming soonest first then past
/// (<see cref="ReferencedItemDisplay"/>); the breadcrumb and the page description. The summary itself is the
/// <c>Theme-Summary</c> field's shape. Nothing in lists (Summary).
/// </summary>
public sealed class ThemePartDisplayDriver(IServiceProvider services) : ShapeDisplayDriver
{
    public const string IndexPath = "/thematiques";
    public const string IndexTitle = "Thématiques";

    /// <summary>The events whose <c>Event.Themes</c> picker holds the item, by their start and end.</summary>
    private static readonly ReferencingItemsQuery EventsOf = new("Event", "Event", "Themes", "Event", "StartDate", "EndDate");

    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        if (context.DisplayType != "Detail") return false;
        var item = context.Item;
        await ReferencedItemDisplay.AddEventsAsync(services, item, EventsOf, shape.Model, context.Meta, context.CancellationToken);
        shape.Location("Content:10");
        var meta = context.Meta;
        if (meta.Breadcrumbs.Count == 0)
        {
            meta.Breadcrumbs.Add(new Breadcrumb(IndexTitle, IndexPath));
            meta.Breadcrumbs.Add(new Breadcrumb(item.DisplayText ?? "", null));
        }
        var summary = context.Value["Summary"]?["Text"]?.GetValue<string>();
        meta.Description ??= string.IsNullOrWhiteSpace(summary) ? $"Les évènements de la thématique « {item.DisplayText} »." : summary.Trim();
        meta.ContentTypes.Add("Event");
        return true;
    }
}
