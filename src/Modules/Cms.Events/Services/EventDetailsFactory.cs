using Cms.ContentFields.Fields;
using Cms.Display.Markdown;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Events.Models;

namespace Cms.Events.Services;

/// <summary>Reads an Event item into <see cref="EventDetails"/>: resolved themes and partners, absolute image URLs, plain-text lead.</summary>
public sealed class EventDetailsFactory(LinkedItems linkedItems, MediaUrlResolver media, IMarkdownService markdown)
{
    public Task<EventDetails> CreateAsync(ContentItem item, EventSite site, CancellationToken cancellationToken) =>
        CreateAsync(item, item.As<EventPart>(EventNames.Part) ?? new EventPart(), site, cancellationToken);

    /// <summary>As <see cref="CreateAsync(ContentItem, EventSite, CancellationToken)"/> with the item's EventPart already read.</summary>
    public async Task<EventDetails> CreateAsync(ContentItem item, EventPart part, EventSite site, CancellationToken cancellationToken)
    {
        var themeIds = part.Themes?.ContentItemIds ?? [];
        var partnerIds = part.Partners?.ContentItemIds ?? [];
        await linkedItems.PrefetchAsync(themeIds.Concat(partnerIds), cancellationToken);
        var themes = await linkedItems.GetAsync(themeIds, cancellationToken);
        var partners = await linkedItems.GetAsync(partnerIds, cancellationToken);

        var path = EventSite.SitePath(item.As<AutoroutePart>()?.Path ?? item.ContentItemId);
        return new EventDetails
        {
            ContentItemId = item.ContentItemId,
            Title = item.DisplayText ?? item.As<TitlePart>()?.Title ?? "",
            Path = path,
            Url = site.Absolute(path),
            StartUtc = part.StartUtc,
            EndUtc = part.EndUtc,
            AllDay = part.IsAllDay,
            LeadText = Blank(markdown.ToPlainText(part.Lead?.Markdown)),
            Venue = Blank(part.Venue?.Text),
            Address = Blank(part.Address?.Text),
            Images = Images(part.Images, item.GetPart(EventNames.Part)?["Images"], site),
            Categories = (part.Categories?.Values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList(),
            Themes = themes.Select(t => LinkedItems.ToLinkedItem(t, site)).ToList(),
            Partners = partners.Select(p => LinkedItems.ToLinkedItem(p, site)).ToList(),
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc ?? item.PublishedUtc,
            PublishedUtc = item.PublishedUtc,
            OrganizerName = Blank(site.Settings.Operator) ?? site.Settings.SiteName,
            OrganizerUrl = site.BaseUrl + "/",
        };
    }

    /// <summary>Several events, their references fetched in one query.</summary>
    public async Task<IReadOnlyList<EventDetails>> CreateManyAsync(IReadOnlyList<ContentItem> items, EventSite site, CancellationToken cancellationToken)
    {
        await linkedItems.PrefetchAsync(items.SelectMany(ReferencedIds), cancellationToken);
        var result = new List<EventDetails>(items.Count);
        foreach (var item in items) result.Add(await CreateAsync(item, site, cancellationToken));
        return result;
    }

    /// <summary>The Theme and Partner ids an event points to.</summary>
    public static IEnumerable<string> ReferencedIds(ContentItem item) => ReferencedIds(item.As<EventPart>(EventNames.Part));

    public static IEnumerable<string> ReferencedIds(EventPart? part) =>
        (part?.Themes?.ContentItemIds ?? []).Concat(part?.Partners?.ContentItemIds ?? []);

    private List<EventImage> Images(MediaField? field, System.Text.Json.Nodes.JsonNode? json, EventSite site)
    {
        var images = new List<EventImage>();
        if (field is null) return images;
        for (var i = 0; i < field.Paths.Length; i++)
        {
            if (media.Resolve(field.Paths[i]) is not { } url) continue;
            var alt = MediaFieldAltText.For(json, i);
            images.Add(new EventImage(site.Absolute(url), alt));
        }
        return images;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
