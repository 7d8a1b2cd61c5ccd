using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Listing;

namespace Cms.Thematiques.Handlers;

/// <summary>
/// Completes the model of a <c>Theme</c> (thematic track): <c>Model.Summary</c> always; on Detail, its published events
/// (upcoming soonest first, then past), the breadcrumb and the page description.
/// </summary>
public sealed class ThemeDisplayHandler(IServiceProvider services) : IContentDisplayHandler
{
    public const string IndexPath = "/thematiques";
    public const string IndexTitle = "Thématiques";

    /// <summary>The events whose <c>Event.Themes</c> picker holds the item, by their start and end.</summary>
    private static readonly ReferencingItemsQuery EventsOf = new("Event", "Event", "Themes", "Event", "StartDate", "EndDate");

    public string? ContentType => "Theme";

    public async Task ContributeAsync(ContentItem item, string displayType, IDictionary<string, object?> model, PageMeta meta, CancellationToken cancellationToken)
    {
        var summary = item.GetField<TextFieldValue>("Theme", "Summary")?.Text;
        model["Summary"] = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (displayType != "Detail") return;

        await ReferencedItemDisplay.AddEventsAsync(services, item, EventsOf, model, meta, cancellationToken);
        if (meta.Breadcrumbs.Count == 0)
        {
            meta.Breadcrumbs.Add(new Breadcrumb(IndexTitle, IndexPath));
            meta.Breadcrumbs.Add(new Breadcrumb(item.DisplayText ?? "", null));
        }
        meta.Description ??= model["Summary"] as string ?? $"Les évènements de la thématique « {item.DisplayText} ».";
        meta.ContentTypes.Add("Event");
    }

    private sealed class TextFieldValue
    {
        public string? Text { get; set; }
    }
}
