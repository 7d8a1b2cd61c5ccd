using Cms.Abstractions.Recipes;
using Cms.Abstractions.Time;
using Cms.Abstractions.Settings;
using Cms.ContentManagement.Time;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Media;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Security;
using Cms.ContentManagement.Commands;
using Cms.ContentManagement.Definitions;
using Cms.ContentManagement.Handlers;
using Cms.ContentManagement.Indexing;
using Cms.ContentManagement.Media;
using Cms.ContentManagement.Migrations;
using Cms.ContentManagement.Queries;
using Cms.ContentManagement.Scheduling;
using Cms.ContentManagement.Security;
using Cms.ContentManagement.Services;
using Cms.ContentManagement.SharedFiles;
using Cms.Abstractions.Storage;
using Cms.Data.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.ContentManagement;

/// <summary>
/// The content core: definitions, data migrations (and the <c>migrate</c> command), the content manager with the
/// TitlePart and AutoroutePart handlers, the indexed content query, the current user and the media store
/// (served at <c>/media</c>), and scheduled publishing (<see cref="Scheduling.PublishSchedulerService"/>).
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Content management", "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Autoroute", "OrchardCore.Title", "OrchardCore.Contents.FileContentDefinition", "OrchardCore.Indexing");
        services.AddContentManagement().AddPublishScheduling(configuration);
    }

    public override void Configure(IApplicationBuilder app)
    {
        app.UseMediaFiles(app.ApplicationServices.GetRequiredService<IConfiguration>());
    }
}

public static class ContentManagementServiceCollectionExtensions
{
    public static IServiceCollection AddContentManagement(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, DefaultCurrentUser>();
        services.AddSingleton<SiteClockService>();
        services.AddSingleton<ISiteClock>(sp => sp.GetRequiredService<SiteClockService>());
        services.AddScoped<ISiteSettingsHandler, SiteClockSettingsHandler>();
        services.AddScoped<IStartupTask, SiteClockStartupTask>();
        services.AddSingleton<IClusterCacheHandler, SiteClockClusterHandler>();

        services.AddSingleton<ContentDefinitionCache>();
        services.AddSingleton<IClusterCacheHandler, ContentDefinitionCacheClusterHandler>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<IContentDefinitionManager>(sp => sp.GetRequiredService<ContentDefinitionManager>());
        services.AddScoped<IDataMigrationManager, DataMigrationManager>();
        services.AddCommand<MigrateCommand>();

        services.ContentKinds();
        services.AddScoped<ContentIndexWriter>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentQuery, ContentQuery>();
        services.AddSingleton(sp => new PublishedRangeKeys(
            sp.GetService<IConfiguration>()?.GetSection("Cms:ContentQuery").Get<PublishedRangeKeysOptions>() ?? new PublishedRangeKeysOptions()));
        // First among the handlers, like the other data caches: emptied before any page cache evicts.
        services.Insert(0, ServiceDescriptor.Scoped<IContentHandler>(sp => new PublishedRangeKeysHandler(sp.GetRequiredService<PublishedRangeKeys>())));
        services.Insert(0, ServiceDescriptor.Singleton<IClusterCacheHandler>(sp => new PublishedRangeKeysHandler(sp.GetRequiredService<PublishedRangeKeys>())));
        services.TryAddScoped<ContentWarnings>();
        services.AddContentHandler<ControlCharactersHandler>();
        services.AddContentHandler<TextLimitsHandler>();
        services.AddContentHandler<TitlePartHandler>();
        services.AddContentHandler<AutoroutePartHandler>();
        services.AddScoped<BatchPathUsage>();
        services.AddScoped<IContentBatchWriter, ContentBatchWriter>();
        services.AddSingleton<ReservedPaths>();
        // The media store's URLs, and first segments kept for the host's static files and APIs.
        services.AddReservedPrefixes("media", "api", "_content", "css", "js", "lib", "dist", "static");
        services.AddReservedPaths("favicon.ico");

        services.AddSingleton<FileSystemMediaStore>();
        services.AddSingleton<IMediaStore>(sp => sp.GetRequiredService<FileSystemMediaStore>());
        services.AddSingleton<IMediaLibraryStore>(sp => sp.GetRequiredService<FileSystemMediaStore>());
        services.AddSingleton<ISharedFileStore, FileSystemSharedFileStore>();
        return services;
    }
}
