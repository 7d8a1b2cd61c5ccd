using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;
using Cms.Recipes.Commands;
using Cms.Recipes.Environment;
using Cms.Recipes.Services;
using Cms.Recipes.Setup;
using Cms.Recipes.Steps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Recipes;

/// <summary>The recipe engine, its generic steps, the <c>recipe</c> and <c>export</c> commands, and the setup recipe at first start.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Recipes", "OrchardCore.Recipes", "OrchardCore.Deployment");
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeExecutor>(sp => sp.GetRequiredService<RecipeExecutor>());
        services.AddScoped<RecipeExporter>();
        services.AddScoped<IRecipeExporter>(sp => sp.GetRequiredService<RecipeExporter>());

        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<MediaStep>();
        services.AddRecipeStep<FeatureStep>();
        services.AddScoped<IRecipeEnvironmentProvider, SiteRecipeEnvironment>();

        services.AddCommand<RecipeCommand>();
        services.AddCommand<ExportCommand>();

        services.AddScoped<IStartupTask, SetupRecipeStartupTask>();
    }
}
