using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Listing;
using Cms.Display.Liquid;
using Cms.Display.Markdown;

namespace Cms.Partners.Handlers;

/// <summary>
/// Completes the model of a <c>Partner</c>: <c>Model.Website</c> (safe URL and text), <c>Model.Logo</c> (public URL
/// and alternative text); on Detail, its published events (upcoming soonest first, then past), the breadcrumb, the
/// description and the logo as OpenGraph image.
/// </summary>
public sealed class PartnerDisplayHandler(IServiceProvider services, MediaUrlResolver media, IMarkdownService markdown) : IContentDisplayHandler
{
    public const string IndexPath = "/partenaires";
    public const string IndexTitle = "Partenaires";

    /// <summary>The events whose <c>Event.Partners</c> picker holds the item, by their start and end.</summary>
    private static readonly ReferencingItemsQuery EventsOf = new("Event", "Event", "Partners", "Event", "StartDate", "EndDate");

    public string? ContentType => "Partner";

    public async Task ContributeAsync(ContentItem item, string displayType, IDictionary<string, object?> model, PageMeta meta, CancellationToken cancellationToken)
    {
        var website = item.GetField<LinkFieldValue>("Partner", "Website");
        var url = DisplayFilters.SafeUrl(website?.Url);
        model["Website"] = url.Length == 0 ? null : new Dictionary<string, object?>
        {
            ["Url"] = url,
            ["Text"] = string.IsNullOrWhiteSpace(website?.Text) ? url : website.Text.Trim(),
        };
        var logo = item.GetField<MediaFieldValue>("Partner", "Logo");
        var logoUrl = media.Resolve(logo?.Paths?.FirstOrDefault());
        model["Logo"] = logoUrl is null ? null : new Dictionary<string, object?>
        {
            ["Url"] = logoUrl,
            ["Alt"] = MediaFieldAltText.For(item.GetPart("Partner")?["Logo"], 0),
        };
        if (displayType != "Detail") return;

        await ReferencedItemDisplay.AddEventsAsync(services, item, EventsOf, model, meta, cancellationToken);
        if (meta.Breadcrumbs.Count == 0)
        {
            meta.Breadcrumbs.Add(new Breadcrumb(IndexTitle, IndexPath));
            meta.Breadcrumbs.Add(new Breadcrumb(item.DisplayText ?? "", null));
        }
        var body = markdown.ToPlainText(item.GetPart("MarkdownBodyPart")?["Markdown"]?.GetValue<string>());
        meta.Description ??= body.Length > 0 ? Shorten(body, 300) : $"Les évènements organisés avec {item.DisplayText}.";
        meta.Image ??= logoUrl;
        meta.ContentTypes.Add("Event");
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)].TrimEnd() + "…";
    }

    private sealed class LinkFieldValue
    {
        public string? Url { get; set; }
        public string? Text { get; set; }
    }

    private sealed class MediaFieldValue
    {
        public List<string>? Paths { get; set; }
        public List<string>? MediaTexts { get; set; }
    }
}
