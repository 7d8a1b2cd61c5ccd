using Cms.Abstractions.Recipes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.Display.Markdown;
using Cms.Display.Rendering;
using Cms.Display.Routing;
using Cms.Display.Themes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Cms.Display;

/// <summary>
/// Registers the display pipeline: the active site theme (<c>Cms:SiteTheme</c>, <c>Cms:ThemesPath</c>), the template
/// store, <see cref="IPageRenderer"/>, <see cref="IMarkdownService"/> (<c>Cms:Markdown</c>), the theme's static files
/// (immutable, at versioned paths) and the lowest-priority catch-all route that shows published items by path.
/// </summary>
public sealed class DisplayStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Display", "OrchardCore.Liquid", "OrchardCore.Resources", "OrchardCore.Themes", "OrchardCore.Markdown", "OrchardCore.Navigation");
        services.AddHttpContextAccessor();
        services.AddSingleton(sp =>
        {
            var options = new SiteThemeOptions
            {
                SiteTheme = configuration["Cms:SiteTheme"] is { Length: > 0 } name ? name : "Dsfr",
                ThemesPath = configuration["Cms:ThemesPath"],
                WatchTemplates = sp.GetRequiredService<IHostEnvironment>().IsDevelopment(),
            };
            return options;
        });
        services.AddSingleton(sp => SiteTheme.Load(sp.GetRequiredService<SiteThemeOptions>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => new DisplayTemplateOptions(sp.GetServices<Cms.Display.Liquid.ILiquidFilters>()));
        // Scoped: the filters a pattern runs (the Lists' container) read content with the request's services.
        services.AddScoped<Cms.Abstractions.Display.IPathPatternRenderer, LiquidPathPatterns>();
        services.AddRecipeStep<ThemesRecipeStep>();
        services.AddSingleton(sp => new TemplateStore(
            sp.GetRequiredService<SiteTheme>(), sp.GetRequiredService<DisplayTemplateOptions>().Parser, sp.GetRequiredService<SiteThemeOptions>(),
            sp.GetService<EnabledModules>() ?? EnabledModules.FromLoadedAssemblies(), sp.GetServices<IStoredTemplateSource>()));

        var markdownOptions = new MarkdownOptions();
        configuration.GetSection("Cms:Markdown").Bind(markdownOptions);
        services.AddSingleton(markdownOptions);
        services.AddSingleton(sp => new MediaUrlResolver(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<MarkdownService>();
        services.AddSingleton<IMarkdownService>(sp => sp.GetRequiredService<MarkdownService>());

        services.AddSingleton<ContentBodyCache>();
        services.AddSingleton(configuration.GetSection("Cms:DisplayPlans").Get<DisplayPlanOptions>() ?? new DisplayPlanOptions());
        services.AddSingleton(configuration.GetSection("Cms:KeptShapes").Get<KeptShapesOptions>() ?? new KeptShapesOptions());
        services.AddSingleton<KeptShapes>();
        services.AddSingleton<ContentShapeBuilder>();
        var keptParts = configuration.GetSection("Cms:KeptParts").Get<KeptPartsOptions>() ?? new KeptPartsOptions();
        services.AddSingleton(sp => new KeptParts(keptParts, sp.GetService<Caching.PublishedContentCache>()));
        var bagDisplayCache = configuration.GetSection("Cms:BagDisplayCache").Get<BagDisplayCacheOptions>() ?? new BagDisplayCacheOptions();
        services.AddSingleton(sp => new BagDisplayCache(bagDisplayCache, sp.GetServices<KeptBagItemType>(), sp.GetRequiredService<TemplateStore>(),
            sp.GetService<Caching.PublishedContentCache>(), sp.GetService<Caching.SiteSettingsCache>()));
        // The display of the parts the core relies on; field kinds bring their own (src/Modules/Cms.ContentFields).
        services.AddContentPart<TitlePart>().UseDisplayDriver<TitlePartDisplayDriver>();
        services.AddContentPart<MarkdownBodyPart>().UseDisplayDriver<MarkdownBodyPartDisplayDriver>();
        services.AddContentPart(BagPart.TypeName, typeof(BagPart)).UseDisplayDriver<BagPartDisplayDriver>().HoldsItems("ContentItems");
        // What they contribute to full-text search (docs/modules.md §5b).
        services.AddContentPart<TitlePart>().UseTextExtractor<Text.TitlePartTextExtractor>();
        services.AddContentPart<MarkdownBodyPart>().UseTextExtractor<Text.MarkdownBodyPartTextExtractor>();
        services.AddContentPart(BagPart.TypeName, typeof(BagPart)).UseTextExtractor<Text.BagPartTextExtractor>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Listing.ReferencingItemsLoader>();
        services.AddSingleton(configuration.GetSection("Cms:SharedTemplateContext").Get<SharedTemplateContextOptions>() ?? new SharedTemplateContextOptions());
        services.AddScoped<FluidPageRenderer>();
        services.AddScoped<IPageRenderer>(sp => sp.GetRequiredService<FluidPageRenderer>());
        services.Configure<RouteOptions>(o => o.ConstraintMap[ContentPathConstraint.Name] = typeof(ContentPathConstraint));
    }

    public override void Configure(IApplicationBuilder app)
    {
        var theme = app.ApplicationServices.GetRequiredService<SiteTheme>();
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
        if (Directory.Exists(theme.DsfrDirectory))
        {
            app.UseStaticFiles(Immutable(new PhysicalFileProvider(theme.DsfrDirectory), $"/themes/{theme.UrlName}", contentTypes));
        }
        if (theme.AssetsDirectories.Count > 0)
        {
            // The theme's own assets first, then its base theme's.
            var assets = new CompositeFileProvider(theme.AssetsDirectories.Select(d => (IFileProvider)new PhysicalFileProvider(d)));
            app.UseStaticFiles(Immutable(assets, theme.AssetsBaseUrl, contentTypes));
        }
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapMethods($"/{{**path:{ContentPathConstraint.Name}}}", [HttpMethods.Get, HttpMethods.Head], ContentPageEndpoint.HandleAsync)
            .WithOrder(int.MaxValue)
            .WithDisplayName("Content item by path");
    }

    private static StaticFileOptions Immutable(IFileProvider files, string requestPath, IContentTypeProvider contentTypes) => new()
    {
        FileProvider = files,
        RequestPath = requestPath,
        ContentTypeProvider = contentTypes,
        OnPrepareResponse = context =>
            context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable",
    };
}
