using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Cms.Clustering.ChangeBus;
using Cms.Clustering.Health;
using Cms.Clustering.Proxies;
using Cms.Data;
using Cms.Data.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Cms.Clustering;

/// <summary>
/// What several nodes need, and a single node too: the DataProtection key ring (in Redis with
/// <c>ConnectionStrings:Redis</c>, else under <c>{DataDirectory}/keys</c>), the change bus (Redis only), the forwarded
/// headers of known proxies (applied before every module's middleware by <see cref="ForwardedHeadersStartupFilter"/>)
/// and the health endpoints.
/// </summary>
public sealed class ClusteringStartup : ModuleStartup
{
    public const string ApplicationName = "cms";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Clustering", "OrchardCore.HealthChecks", "OrchardCore.Redis", "OrchardCore.Redis.Cache", "OrchardCore.Redis.Bus", "OrchardCore.Redis.Lock", "OrchardCore.Redis.DataProtection");
        var options = ClusteringOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        var forwarded = ForwardedHeadersSetup.FromConfiguration(configuration);
        if (forwarded is not null)
        {
            services.AddSingleton(forwarded);
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ForwardedHeadersStartupFilter>();
        }

        // The same application name on every node: cookies and antiforgery tokens protected by one are read by all.
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        var health = services.AddHealthChecks()
            .AddDbContextCheck<CmsDbContext>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<MediaStoreHealthCheck>("media", tags: [HealthEndpoints.ReadyTag]);

        if (!options.UsesRedis)
        {
            var data = CmsDataOptions.FromConfiguration(configuration);
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(data.DataDirectory, "keys")));
            return;
        }

        var redis = RedisConnection.Connect(options);
        services.AddSingleton(redis);
        dataProtection.PersistKeysToStackExchangeRedis(redis, options.DataProtectionKey);
        health.AddCheck<RedisHealthCheck>("redis", tags: [HealthEndpoints.ReadyTag]);

        services.AddSingleton<RedisChangeBus>();
        services.AddSingleton<IHostedService, ChangeBusSubscription>();
        services.AddContentHandler<ContentChangePublisher>();
        services.AddScoped<ISiteSettingsHandler, SettingsChangePublisher>();
        services.AddScoped<IContentDefinitionHandler, DefinitionChangePublisher>();
        services.AddScoped<IDocumentChangeHandler, DocumentChangePublisher>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => routes.MapHealthEndpoints();
}
