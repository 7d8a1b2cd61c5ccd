using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Display.Listing;
using Cms.Display.Markdown;

namespace Cms.Partners.Display;

/// <summary>
/// The <c>Partner</c> part on its page: one shape <c>Partner</c> placed after the name, website, logo and presentation
/// (<c>Content:10</c>) with one page of its published events, upcoming soonest first then past
/// (<see cref="ReferencedItemDisplay"/>); the breadcrumb, the description and the logo as OpenGraph image. The website
/// and logo are the <c>Partner-Website</c> and <c>Partner-Logo</c> fields' shapes. Nothing in lists (Summary).
/// </summary>
public sealed class PartnerPartDisplayDriver(IServiceProvider services, MediaUrlResolver media, IMarkdownService markdown) : ShapeDisplayDriver
{
    public const string IndexPath = "/partenaires";
    public const string IndexTitle = "Partenaires";

    /// <summary>The events whose <c>Event.Partners</c> picker holds the item, by their start and end.</summary>
    private static readonly ReferencingItemsQuery EventsOf = new("Event", "Event", "Partners", "Event", "StartDate", "EndDate");

    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        if (context.DisplayType != "Detail") return false;
        var item = context.Item;
        var meta = context.Meta;
        await ReferencedItemDisplay.AddEventsAsync(services, item, EventsOf, shape.Model, meta, context.CancellationToken);
        shape.Location("Content:10");
        if (meta.Breadcrumbs.Count == 0)
        {
            meta.Breadcrumbs.Add(new Breadcrumb(IndexTitle, IndexPath));
            meta.Breadcrumbs.Add(new Breadcrumb(item.DisplayText ?? "", null));
        }
        var body = markdown.ToPlainText(item.GetPart("MarkdownBodyPart")?["Markdown"]?.GetValue<string>());
        meta.Description ??= body.Length > 0 ? Shorten(body, 300) : $"Les évènements organisés avec {item.DisplayText}.";
        meta.Image ??= media.Resolve((context.Value["Logo"]?["Paths"] as System.Text.Json.Nodes.JsonArray)?.FirstOrDefault()?.GetValue<string>());
        meta.ContentTypes.Add("Event");
        return true;
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)].TrimEnd() + "…";
    }
}
