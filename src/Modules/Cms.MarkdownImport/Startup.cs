using Cms.Abstractions.Modules;
using Cms.MarkdownImport.Commands;
using Cms.MarkdownImport.Services;
using Cms.MarkdownImport.Steps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport;

/// <summary>Jekyll documents to events: the <c>markdown-import</c> recipe step and the <c>import</c> command.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MarkdownImporter>();
        services.AddRecipeStep<MarkdownImportStep>();
        services.AddCommand<ImportCommand>();
    }
}
