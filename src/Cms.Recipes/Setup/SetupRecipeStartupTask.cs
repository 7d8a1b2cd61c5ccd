using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;
using Microsoft.Extensions.Configuration;

namespace Cms.Recipes.Setup;

/// <summary>
/// At first start (the database was just created), runs the setup recipe: site settings, thematic tracks, partners
/// and sample content. A recipe that fails stops the start with its message; refused documents are listed.
/// </summary>
public sealed class SetupRecipeStartupTask(IConfiguration configuration, IRecipeExecutor executor) : IStartupTask
{

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (!context.DatabaseCreated) return;
        var path = SetupRecipeLocator.Locate(configuration, context.ContentRoot);
        if (path is null)
        {
            await context.Output.WriteLineAsync($"No setup recipe found ({SetupRecipeLocator.DefaultRelativePath} above {context.ContentRoot}): the site starts empty.");
            return;
        }
        await context.Output.WriteLineAsync($"Database created: running the setup recipe {path}.");
        RecipeReport report;
        try
        {
            report = await executor.ExecuteFileAsync(path, dryRun: false, context.Output, RecipeOrigin.Local, cancellationToken: cancellationToken);
        }
        catch (RecipeException e)
        {
            throw new InvalidOperationException($"The setup recipe failed: {e.Message}", e);
        }
        report.WriteTo(context.Output, dryRun: false);
    }
}
