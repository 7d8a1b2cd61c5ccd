using Cms.Abstractions.Clustering;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Caching;

/// <summary>
/// Wraps the <see cref="ISiteSettingsStore"/> registered by the storage module in <see cref="CachingSiteSettingsStore"/>.
/// Runs after every module's services, so that the store's own registration is the one wrapped. The cache is also
/// emptied when a settings change commits (<see cref="SiteSettingsCacheHandler"/>).
/// </summary>
public sealed class SiteSettingsCachingStartup : ModuleStartup
{
    public override int Order => 10_000;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(ISiteSettingsStore));
        if (descriptor is null || descriptor.IsKeyedService) return;
        services.Remove(descriptor);
        services.AddSingleton<SiteSettingsCache>();
        // First of the settings handlers (they run in registration order): the cache is emptied before any page is evicted.
        services.Insert(0, ServiceDescriptor.Scoped<ISiteSettingsHandler, SiteSettingsCacheHandler>());
        services.Insert(0, ServiceDescriptor.Singleton<IClusterCacheHandler>(sp => new SiteSettingsCacheHandler(sp.GetRequiredService<SiteSettingsCache>())));
        services.Add(ServiceDescriptor.Describe(typeof(ISiteSettingsStore),
            sp => new CachingSiteSettingsStore(() => (ISiteSettingsStore)Create(sp, descriptor), sp.GetRequiredService<SiteSettingsCache>()),
            descriptor.Lifetime));
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
