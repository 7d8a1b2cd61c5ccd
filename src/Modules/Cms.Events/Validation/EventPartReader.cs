using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.Events.Models;

namespace Cms.Events.Validation;

/// <summary>
/// What <see cref="EventValidator"/> reads of an Event, read as <see cref="ContentElementExtensions.As{T}(ContentItem, string)"/>
/// would (<see cref="ContentElementExtensions.Property"/>) but only those fields: deserializing the whole part,
/// its Markdown lead included, twice for every item saved was the largest of an import's checks.
/// </summary>
internal static class EventPartReader
{
    /// <summary>The part's dates and all-day flag (its other fields left empty), or null when the item has no Event part.</summary>
    public static EventPart? Dates(ContentItem item) => item.GetPart(EventNames.Part) is { } part
        ? new EventPart
        {
            StartDate = part.Property<DateTimeField>(EventNames.StartDate),
            EndDate = part.Property<DateTimeField>(EventNames.EndDate),
            AllDay = part.Property<FlagField>(EventNames.AllDay),
        }
        : null;

    /// <summary>The address of each practical information's link (null when it has none), in the order of the bag's items.</summary>
    public static IReadOnlyList<string?> InfoLinks(ContentItem item)
    {
        if (item.GetPart(EventNames.InfoFieldsBag)?["ContentItems"] is not JsonArray array) return [];
        var links = new List<string?>(array.Count);
        foreach (var child in array.OfType<JsonObject>())
        {
            // A nested item's parts are named exactly (ContentItem.FromJson, then GetPart).
            var part = child.FirstOrDefault(p => p.Key == EventNames.InfoFieldType).Value as JsonObject;
            links.Add(part?.Property<LinkField>("Link")?.Url);
        }
        return links;
    }
}
