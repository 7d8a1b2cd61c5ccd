using Cms.Display.Markdown;
using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Events.Agenda;
using Cms.Events.Dates;
using Cms.Events.Models;
using Cms.Events.Services;

namespace Cms.Events.Display;

/// <summary>
/// Adds to an Event's template model what Liquid should not compute: <c>Model.Dates</c> (« du 18 au 20 octobre
/// 2023 »), <c>Model.StartIso</c>/<c>EndIso</c>, <c>Model.Timing</c> (upcoming, past, undated), <c>Model.LeadText</c>,
/// <c>Model.Venue</c>, <c>Model.Address</c>, <c>Model.Images</c>, <c>Model.Themes</c>, <c>Model.Partners</c>,
/// <c>Model.Categories</c>, <c>Model.CalendarUrl</c>, and on the Detail display <c>Model.LeadHtml</c>, <c>Model.InfoFields</c>, the
/// schema.org JSON-LD, the description, OpenGraph image and calendar link of the page.
/// </summary>
public sealed class EventDisplayHandler(EventSiteAccessor siteAccessor, EventDetailsFactory detailsFactory, LinkedItems linkedItems, MediaUrlResolver media, IMarkdownService markdown)
    : IContentDisplayHandler
{
    public string? ContentType => EventNames.ContentType;

    public async Task ContributeAsync(ContentItem item, string displayType, IDictionary<string, object?> model, PageMeta meta, CancellationToken cancellationToken)
    {
        var site = await siteAccessor.GetAsync(cancellationToken);
        var part = item.As<EventPart>(EventNames.Part) ?? new EventPart();
        var details = await detailsFactory.CreateAsync(item, part, site, cancellationToken);
        var clock = site.Clock;

        var dates = FrenchDateRange.Format(details.StartUtc, details.EndUtc, clock, details.AllDay);
        model["Dates"] = dates;
        model["DatesCapitalized"] = dates is null ? null : char.ToUpper(dates[0], CultureInfo.GetCultureInfo("fr-FR")) + dates[1..];
        model["StartIso"] = details.StartUtc is { } s ? Iso(clock.ToLocalOffset(s)) : null;
        model["EndIso"] = details.EndUtc is { } e ? Iso(clock.ToLocalOffset(e)) : null;
        var timing = EventSchedule.Classify(details.StartUtc, details.EndUtc, site.NowUtc, clock);
        model["Timing"] = timing.ToString().ToLowerInvariant();
        model["IsPast"] = timing == EventTiming.Past;
        model["LeadText"] = details.LeadText;
        model["Venue"] = details.Venue;
        model["Address"] = details.Address;
        model["Images"] = Images(part.Images, item.GetPart(EventNames.Part)?["Images"]);
        model["Themes"] = details.Themes.Select(t => new ThemeLinkView(t.Title, t.Path, Slug(t.Path) ?? t.ContentItemId,
            "/agenda?" + AgendaFilter.ThemeKey + "=" + Uri.EscapeDataString(Slug(t.Path) ?? t.ContentItemId))).ToList();
        model["Partners"] = await Partners(part, cancellationToken);
        model["Categories"] = details.Categories;
        model["CalendarUrl"] = details.StartUtc is null ? null : details.Path + ".ics";
        model["AgendaUrl"] = timing == EventTiming.Past ? AgendaPageBuilder.PastPath : AgendaPageBuilder.UpcomingPath;

        if (!string.Equals(displayType, "Detail", StringComparison.OrdinalIgnoreCase)) return;

        model["LeadHtml"] = string.IsNullOrWhiteSpace(part.Lead?.Markdown) ? null : markdown.ToHtml(part.Lead.Markdown);
        model["InfoFields"] = InfoFields(item);
        meta.JsonLd.Add(EventJsonLd.Serialize(EventJsonLd.Build(details, clock)));
        meta.Description ??= Shorten(details.LeadText ?? markdown.ToPlainText(item.As<MarkdownBodyPart>()?.Markdown), 300);
        if (meta.Breadcrumbs.Count == 0)
        {
            meta.Breadcrumbs.Add(timing == EventTiming.Past
                ? new Breadcrumb("Évènements passés", AgendaPageBuilder.PastPath)
                : new Breadcrumb("Agenda", AgendaPageBuilder.UpcomingPath));
            meta.Breadcrumbs.Add(new Breadcrumb(details.Title, null));
        }
        if (details.Images.Count > 0) meta.Image ??= details.Images[0].Url;
        meta.OpenGraphType = "article";
        if (details.StartUtc is not null)
        {
            meta.Alternates.Add(new AlternateLink(details.Path + ".ics", "text/calendar", "Ajouter « " + details.Title + " » à mon agenda"));
        }
        meta.ContentTypes.Add(EventNames.ThemeType);
        meta.ContentTypes.Add(EventNames.PartnerType);
        foreach (var id in EventDetailsFactory.ReferencedIds(part)) meta.ContentItemIds.Add(id);
    }

    private List<EventImageView> Images(MediaField? field, System.Text.Json.Nodes.JsonNode? json)
    {
        var images = new List<EventImageView>();
        if (field is null) return images;
        for (var i = 0; i < field.Paths.Length; i++)
        {
            if (media.Resolve(field.Paths[i]) is not { } url) continue;
            images.Add(new EventImageView(url, MediaFieldAltText.For(json, i)));
        }
        return images;
    }

    private async Task<List<PartnerLinkView>> Partners(EventPart part, CancellationToken cancellationToken)
    {
        var items = await linkedItems.GetAsync(part.Partners?.ContentItemIds ?? [], cancellationToken);
        return items.Select(p =>
        {
            var path = p.As<AutoroutePart>()?.Path;
            var website = p.GetField<LinkField>(EventNames.PartnerType, "Website")?.Url;
            return new PartnerLinkView(p.DisplayText ?? p.ContentItemId, string.IsNullOrWhiteSpace(path) ? null : EventSite.SitePath(path),
                SafeLinkUrl(website));
        }).ToList();
    }

    private List<InfoFieldView> InfoFields(ContentItem item)
    {
        var views = new List<InfoFieldView>();
        foreach (var nested in item.GetBagItems(EventNames.InfoFieldsBag))
        {
            var info = nested.As<InfoFieldPart>(EventNames.InfoFieldType);
            if (info is null) continue;
            var label = info.Label?.Text?.Trim() ?? "";
            var content = info.Content?.Markdown;
            var url = SafeLinkUrl(info.Link?.Url);
            var linkText = string.IsNullOrWhiteSpace(info.Link?.Text) ? null : info.Link!.Text!.Trim();
            // When the content only repeats the link's text, the button says it: no paragraph above it.
            var html = url is not null && linkText is not null && string.Equals(content?.Trim(), linkText, StringComparison.Ordinal)
                ? ""
                : markdown.ToHtml(content);
            if (label.Length == 0 && html.Length == 0 && url is null) continue;
            views.Add(new InfoFieldView(label, html, url, url is null ? null : linkText ?? label, url is not null && IsExternal(url)));
        }
        return views;
    }

    /// <summary>
    /// A link target safe to put in an href: a site path, or an http, https, mailto or tel URL. Anything else
    /// (javascript:, data:…) gives null, so that the link is not shown.
    /// </summary>
    public static string? SafeLinkUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return trimmed;
        if (trimmed.StartsWith('#')) return trimmed;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto || uri.Scheme == "tel")
            ? trimmed
            : null;
    }

    private static bool IsExternal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The last segment of a site path: "/thematiques/souverainete" → "souverainete".</summary>
    public static string? Slug(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : path.Trim('/').Split('/')[^1].ToLowerInvariant();

    private static string? Shorten(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)] + "…";
    }

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
