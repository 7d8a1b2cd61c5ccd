using Cms.Abstractions.Clustering;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Caching;

/// <summary>
/// Wraps the <see cref="ISiteSettingsStore"/> registered by the storage module in <see cref="CachingSiteSettingsStore"/>
/// (a decoration, applied once every module's services are registered). The cache is also emptied when a settings
/// change commits (<see cref="SiteSettingsCacheHandler"/>).
/// </summary>
public sealed class SiteSettingsCachingStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SiteSettingsCache>();
        // First of the settings handlers (they run in registration order): the cache is emptied before any page is evicted.
        services.Insert(0, ServiceDescriptor.Scoped<ISiteSettingsHandler, SiteSettingsCacheHandler>());
        services.Insert(0, ServiceDescriptor.Singleton<IClusterCacheHandler>(sp => new SiteSettingsCacheHandler(sp.GetRequiredService<SiteSettingsCache>())));
        services.Decorate<ISiteSettingsStore>((sp, inner) => new CachingSiteSettingsStore(inner, sp.GetRequiredService<SiteSettingsCache>()));
    }
}
