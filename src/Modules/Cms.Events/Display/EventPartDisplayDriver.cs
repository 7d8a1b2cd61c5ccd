using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.ContentFields.Fields;
using Cms.Display.Markdown;
using Cms.Events.Agenda;
using Cms.Events.Dates;
using Cms.Events.Models;
using Cms.Events.Services;

namespace Cms.Events.Display;

/// <summary>
/// The display of the <c>Event</c> part. Every shape's model holds <c>Dates</c> (« du 18 au 20 octobre 2023 »),
/// <c>DatesCapitalized</c>, <c>StartIso</c>/<c>EndIso</c>, <c>Timing</c> (upcoming, past, undated), <c>IsPast</c>,
/// <c>LeadText</c>, <c>Venue</c>, <c>Address</c>, <c>Images</c>, <c>Themes</c>, <c>Partners</c>, <c>Categories</c>,
/// <c>CalendarUrl</c>, <c>AgendaUrl</c>, and on Detail <c>LeadHtml</c>.
/// <list type="bullet">
/// <item>Summary: <c>Event</c> (<c>Event.Summary.liquid</c>, the card).</item>
/// <item>Detail: <c>Event</c> in <c>Content</c> (themes, lead, images), <c>EventFacts</c> in <c>Aside:1</c> (date, venue,
/// address), <c>EventLinks</c> in <c>Aside:3</c> (partners, calendar file), <c>EventBackLink</c> in <c>AsideEnd</c>; the
/// page's JSON-LD, description, breadcrumb, OpenGraph image and calendar link.</item>
/// </list>
/// What does not depend on the hour is kept per published version (<see cref="EventDisplayCache"/>), and the shapes'
/// values once per such view and timing, so that a shape whose template reads nothing else is rendered once with them
/// (<see cref="Cms.Display.Rendering.KeptShapes"/>).
/// </summary>
public sealed class EventPartDisplayDriver(
    EventSiteAccessor siteAccessor, EventDetailsFactory detailsFactory, LinkedItems linkedItems, MediaUrlResolver media, IMarkdownService markdown,
    EventDisplayCache cache)
    : IContentDisplayDriver
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string FactsShape = "EventFacts";
    public const string LinksShape = "EventLinks";
    public const string BackLinkShape = "EventBackLink";

    public async Task<IEnumerable<Shape>> DisplayAsync(ContentDisplayContext context)
    {
        var cancellationToken = context.CancellationToken;
        var item = context.Item;
        var site = await siteAccessor.GetAsync(cancellationToken);
        var detail = string.Equals(context.DisplayType, "Detail", StringComparison.OrdinalIgnoreCase);
        var (view, kept) = await ViewAsync(item, site, detail, cancellationToken);
        var timing = EventSchedule.Classify(view.Details.StartUtc, view.Details.EndUtc, site.NowUtc, site.Clock);
        // Made once per view and timing: a kept view's shapes may be kept with them (KeptShapes).
        var values = view.ValuesFor(timing, Values);
        Shape Make(Shape shape) => shape.WithValues(values, kept);

        if (!detail) return [Make(context.Shape())];

        AddPageMeta(context.Meta, view, timing);
        return
        [
            Make(context.Shape()),
            Make(context.Shape(FactsShape)).Location("Aside:1"),
            Make(context.Shape(LinksShape)).Location("Aside:3"),
            Make(context.Shape(BackLinkShape)).Location("AsideEnd:1"),
        ];
    }

    /// <summary>The shapes' model values for one timing (see the class's summary); never changed once made.</summary>
    private static Dictionary<string, object?> Values(EventView view, EventTiming timing)
    {
        var details = view.Details;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Dates"] = view.Dates,
            ["DatesCapitalized"] = view.DatesCapitalized,
            ["StartIso"] = view.StartIso,
            ["EndIso"] = view.EndIso,
            ["Timing"] = timing.ToString().ToLowerInvariant(),
            ["IsPast"] = timing == EventTiming.Past,
            ["LeadText"] = details.LeadText,
            ["Venue"] = details.Venue,
            ["Address"] = details.Address,
            ["Images"] = view.Images,
            ["Themes"] = view.Themes,
            ["Partners"] = view.Partners,
            ["Categories"] = details.Categories,
            ["CalendarUrl"] = view.CalendarUrl,
            ["AgendaUrl"] = timing == EventTiming.Past ? AgendaPageBuilder.PastPath : AgendaPageBuilder.UpcomingPath,
            ["LeadHtml"] = view.LeadHtml,
        };
    }

    /// <summary>The event's view: kept by the <see cref="EventDisplayCache"/> for a published version (its part is
    /// then not even read; <c>Kept</c> true: the next requests get the same instance), else built.</summary>
    private async Task<(EventView View, bool Kept)> ViewAsync(ContentItem item, EventSite site, bool detail, CancellationToken cancellationToken)
    {
        // Only published versions: a draft's version may be saved again under the same id.
        if (!item.Published || string.IsNullOrEmpty(item.ContentItemVersionId) || !cache.Enabled)
        {
            return (await BuildViewAsync(item, site, detail, cancellationToken), false);
        }
        var key = new EventDisplayCache.Key(item.ContentItemVersionId, site.BaseUrl, detail);
        if (cache.TryGet(key, out var kept)) return (kept!, true);
        var stamp = cache.Current;
        var view = await BuildViewAsync(item, site, detail, cancellationToken);
        cache.Store(key, view, stamp);
        return (view, true);
    }

    private async Task<EventView> BuildViewAsync(ContentItem item, EventSite site, bool detail, CancellationToken cancellationToken)
    {
        var part = item.As<EventPart>(EventNames.Part) ?? new EventPart();
        var details = await detailsFactory.CreateAsync(item, part, site, cancellationToken);
        var clock = site.Clock;
        var dates = FrenchDateRange.Format(details.StartUtc, details.EndUtc, clock, details.AllDay);
        return new EventView(
            details,
            dates,
            dates is null ? null : char.ToUpper(dates[0], French) + dates[1..],
            details.StartUtc is { } s ? Iso(clock.ToLocalOffset(s)) : null,
            details.EndUtc is { } e ? Iso(clock.ToLocalOffset(e)) : null,
            Images(part.Images, item.GetPart(EventNames.Part)?["Images"]),
            details.Themes.Select(t => new ThemeLinkView(t.Title, t.Path, EventUrls.Slug(t.Path) ?? t.ContentItemId,
                "/agenda?" + AgendaFilter.ThemeKey + "=" + Uri.EscapeDataString(EventUrls.Slug(t.Path) ?? t.ContentItemId))).ToList(),
            await Partners(part, cancellationToken),
            details.StartUtc is null ? null : details.Path + ".ics",
            detail && !string.IsNullOrWhiteSpace(part.Lead?.Markdown) ? markdown.ToHtml(part.Lead.Markdown) : null,
            detail ? EventJsonLd.Serialize(EventJsonLd.Build(details, clock)) : null,
            detail ? Shorten(details.LeadText ?? markdown.ToPlainText(item.As<MarkdownBodyPart>()?.Markdown), 300) : null,
            EventDetailsFactory.ReferencedIds(part).ToList());
    }

    private static void AddPageMeta(PageMeta meta, EventView view, EventTiming timing)
    {
        var details = view.Details;
        meta.JsonLd.Add(view.JsonLd!);
        meta.Description ??= view.Description;
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
        foreach (var id in view.ReferencedIds) meta.ContentItemIds.Add(id);
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
                EventUrls.SafeLinkUrl(website));
        }).ToList();
    }

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
