using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sample.Module.Parts;
using Sample.Module.Recipes;

namespace Sample.Module;

/// <summary>Registers the part kind (display driver and editor), the content type's migration and the recipe step.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentPart<SampleItemPart>()
            .UseDisplayDriver<SampleItemPartDisplayDriver>()
            .UseEditor<SampleItemPartEditor>();
        services.AddDataMigration<Migrations>();
        services.AddRecipeStep<SampleItemRecipeStep>();
    }
}
