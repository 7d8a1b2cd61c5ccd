using Cms.Abstractions.Display;
using Cms.Events.Agenda;
using Cms.Events.Calendars;
using Cms.Events.Feeds;
using Cms.Events.Services;
using Cms.Display.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cms.Events.Routing;

/// <summary>
/// The public routes of the Events module: <c>/</c>, <c>/agenda</c>, <c>/agenda/passes</c>, <c>/agenda.ics</c>,
/// <c>{event path}.ics</c>, <c>/feed.xml</c>. Event pages themselves are
/// served by Cms.Display's catch-all route (their template model is completed by the Event display handler).
/// </summary>
public static class EventEndpoints
{
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public const string CalendarContentType = "text/calendar; charset=utf-8";

    /// <summary>The exact paths mapped here, kept from items' addresses.</summary>
    public static readonly string[] ReservedPaths =
        [AgendaPageBuilder.UpcomingPath, AgendaPageBuilder.PastPath, "agenda.ics", "feed.xml"];

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/", GetHead, HomeAsync).WithName("Home");
        routes.MapMethods(AgendaPageBuilder.UpcomingPath, GetHead, (HttpContext http, AgendaPageBuilder pages, IPageRenderer renderer, CancellationToken ct) =>
            AgendaAsync(AgendaList.Upcoming, http, pages, renderer, ct));
        routes.MapMethods(AgendaPageBuilder.PastPath, GetHead, (HttpContext http, AgendaPageBuilder pages, IPageRenderer renderer, CancellationToken ct) =>
            AgendaAsync(AgendaList.Past, http, pages, renderer, ct));
        routes.MapMethods("/agenda.ics", GetHead, async (CalendarFeedService calendars, CancellationToken ct) =>
            new Utf8TextResult(await calendars.AgendaAsync(ct), CalendarContentType));
        routes.MapMethods("/{**path:" + IcsPathConstraint.Name + "}", GetHead, EventCalendarAsync);
        routes.MapMethods("/feed.xml", GetHead, async (EventFeedService feeds, CancellationToken ct) =>
            new Utf8TextResult(await feeds.AtomAsync(ct), "application/atom+xml; charset=utf-8"));
    }

    private static async Task<IResult> HomeAsync(AgendaPageBuilder pages, IPageRenderer renderer, CancellationToken ct)
    {
        var page = await pages.BuildHomeAsync(ct);
        return await renderer.RenderPageResultAsync("Home", page.Model, page.Meta, ct);
    }

    private static async Task<IResult> AgendaAsync(AgendaList list, HttpContext http, AgendaPageBuilder pages, IPageRenderer renderer, CancellationToken ct)
    {
        var page = await pages.BuildAgendaAsync(list, AgendaFilter.Parse(http.Request.Query), ct);
        if (page is null) return await NotFoundAsync(renderer, ct);
        return await renderer.RenderPageResultAsync("Agenda", page.Model, page.Meta, ct);
    }

    private static async Task<IResult> EventCalendarAsync(string path, CalendarFeedService calendars, IPageRenderer renderer, CancellationToken ct)
    {
        var eventPath = path[..^".ics".Length];
        var calendar = await calendars.EventAsync(eventPath, ct);
        if (calendar is null) return await NotFoundAsync(renderer, ct);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(calendar.Value.Calendar), CalendarContentType, calendar.Value.FileName);
    }

    private static async Task<IResult> NotFoundAsync(IPageRenderer renderer, CancellationToken ct)
    {
        var meta = new PageMeta { Title = "Page non trouvée", StatusCode = StatusCodes.Status404NotFound };
        return await renderer.RenderPageResultAsync("NotFound", null, meta, ct);
    }
}
