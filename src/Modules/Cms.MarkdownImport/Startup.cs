using Cms.Abstractions.Modules;
using Cms.Abstractions.Transfer;
using Cms.MarkdownImport.Commands;
using Cms.MarkdownImport.Export;
using Cms.MarkdownImport.Services;
using Cms.MarkdownImport.Steps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport;

/// <summary>Jekyll documents to events (the <c>markdown-import</c> recipe step, the <c>import</c> command) and back (<c>export-markdown</c>).</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MarkdownImportDefaults>(configuration.GetSection(MarkdownImportDefaults.Section));
        services.AddScoped<MarkdownImporter>();
        services.AddRecipeStep<MarkdownImportStep>();
        services.AddCommand<ImportCommand>();
        services.AddScoped<IMarkdownFolderImporter, MarkdownFolderImporter>();

        // Events back to Jekyll documents: the export-markdown command and the back office's download.
        services.AddScoped<JekyllExporter>();
        services.AddScoped<IMarkdownExporter>(sp => sp.GetRequiredService<JekyllExporter>());
        services.AddCommand<ExportMarkdownCommand>();
    }
}
