using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Abstractions.Data;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Cms.Events.Agenda;
using Cms.Events.Calendars;
using Cms.Events.Display;
using Cms.Events.Feeds;
using Cms.Events.Models;
using Cms.Events.Routing;
using Cms.Events.Services;
using Cms.Events.Validation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Events;

/// <summary>
/// The Events module: the Event and InfoField types, the agenda pages, the Event and InfoField display drivers (dates,
/// references, JSON-LD), the calendars (iCalendar), and the Atom feed.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataMigration<Migrations>();
        services.AddReservedPaths(EventEndpoints.ReservedPaths);
        services.AddNavigationEntry("Accueil", "/", 0);
        services.AddNavigationEntry("Agenda", AgendaPageBuilder.UpcomingPath, 10);
        services.AddSitemapPath(AgendaPageBuilder.UpcomingPath);
        services.AddSitemapPath(AgendaPageBuilder.PastPath);
        services.AddContentHandler<EventValidator>();
        // The back office's content list filters events by date and thematic track.
        services.Configure<Cms.Abstractions.Admin.ContentListFilterOptions>(o =>
        {
            o.DefaultFilteredType ??= Models.EventNames.ContentType;
            o.TermType ??= Models.EventNames.ThemeType;
        });

        services.AddHttpContextAccessor();
        services.Configure<RouteOptions>(options => options.ConstraintMap[IcsPathConstraint.Name] = typeof(IcsPathConstraint));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<EventSiteAccessor>();
        services.AddScoped<LinkedItems>();
        services.AddScoped<EventDetailsFactory>();
        var agendaCache = new AgendaCacheOptions();
        configuration.GetSection("Cms:AgendaCache").Bind(agendaCache);
        services.AddSingleton(agendaCache);
        services.AddSingleton<AgendaCache>();
        // Before the output cache's handlers: a page rendered after its eviction finds the cache already emptied.
        services.Insert(0, ServiceDescriptor.Singleton<IDocumentChangeHandler>(sp => new AgendaCacheHandler(sp.GetRequiredService<AgendaCache>())));
        services.Insert(0, ServiceDescriptor.Singleton<ISiteSettingsHandler>(sp => new AgendaCacheHandler(sp.GetRequiredService<AgendaCache>())));
        services.Insert(0, ServiceDescriptor.Singleton<IClusterCacheHandler>(sp => new AgendaCacheHandler(sp.GetRequiredService<AgendaCache>())));
        services.Insert(0, ServiceDescriptor.Singleton<Cms.Abstractions.Definitions.IContentDefinitionHandler>(sp => new AgendaCacheHandler(sp.GetRequiredService<AgendaCache>())));
        var eventDisplayCache = new EventDisplayCacheOptions();
        configuration.GetSection("Cms:EventDisplayCache").Bind(eventDisplayCache);
        services.AddSingleton(eventDisplayCache);
        services.AddSingleton<EventDisplayCache>();
        services.AddScoped<ThemeCatalog>();
        services.AddScoped<AgendaPageBuilder>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<EventFeedService>();
        AddDisplay(services);
    }

    /// <summary>
    /// The Event and InfoField parts' drivers, and where the shapes of an event go: the Event part's own shapes show
    /// its fields (a date range, a venue and address…), so the fields' default shapes are hidden; the practical
    /// information sit beside the text on Detail; the card (Summary) is the Event shape alone.
    /// </summary>
    private static void AddDisplay(IServiceCollection services)
    {
        services.AddContentPart(EventNames.Part, typeof(EventPart)).UseDisplayDriver<EventPartDisplayDriver>();
        services.AddContentPart(EventNames.InfoFieldType, typeof(InfoFieldPart)).UseDisplayDriver<InfoFieldPartDisplayDriver>();
        // A practical information shows its own label, text and link only: an event's bag of them is rendered once per version.
        services.AddSingleton(new Cms.Display.Rendering.KeptBagItemType(EventNames.InfoFieldType));
        foreach (var field in typeof(EventPart).GetProperties().Where(p => p.CanWrite))
        {
            services.AddShapePlacement($"{EventNames.Part}-{field.Name}", ShapePlacementRule.Hidden);
        }
        foreach (var field in typeof(InfoFieldPart).GetProperties())
        {
            services.AddShapePlacement($"{EventNames.InfoFieldType}-{field.Name}", ShapePlacementRule.Hidden);
        }
        services.AddShapePlacement(EventNames.InfoFieldsBag, "Aside:2", "Detail", EventNames.ContentType);
        services.AddShapePlacement(EventNames.InfoFieldsBag, ShapePlacementRule.Hidden, "Summary", EventNames.ContentType);
        services.AddShapePlacement("TitlePart", ShapePlacementRule.Hidden, "Summary", EventNames.ContentType);
        services.AddShapePlacement("MarkdownBodyPart", ShapePlacementRule.Hidden, "Summary", EventNames.ContentType);
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => EventEndpoints.Map(routes);
}
