using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.HomeRoute;

/// <summary>The home route: a middleware answering <c>/</c> with the item the settings name, else leaving <c>/</c> as it is.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Home route", "OrchardCore.HomeRoute");
        services.AddSiteSettingsSection<HomePageSettingsSection>();
        services.AddContentHandler<SetHomepageHandler>();
    }

    public override void Configure(IApplicationBuilder app) => app.UseMiddleware<HomeRouteMiddleware>();
}
