using Cms.Abstractions.Clustering;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Display.Liquid;
using Cms.MediaProfiles.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.MediaProfiles;

/// <summary>Orchard's media profiles and <c>resize_url</c>: resized images made once, cached on disk, served for a year.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MediaProfileStore>();
        services.Insert(0, ServiceDescriptor.Singleton<IClusterCacheHandler>(sp => sp.GetRequiredService<MediaProfileStore>()));
        services.AddSingleton<ResizedImages>();
        services.AddRecipeStep<MediaProfilesStep>();
        services.AddScoped<Cms.Abstractions.Transfer.IRecipeExportSource, MediaProfilesExportSource>();
        services.AddLiquidFilters<ResizeUrlFilters>();
    }

    public override void Configure(IApplicationBuilder app) => app.UseMiddleware<ResizedImageMiddleware>();
}
