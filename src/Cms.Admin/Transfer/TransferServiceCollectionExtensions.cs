using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Transfer;

public static class TransferServiceCollectionExtensions
{
    /// <summary>The import and export pages' services: limits, the upload store, the runner.</summary>
    public static IServiceCollection AddTransfer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TransferLimits.FromConfiguration(configuration));
        services.AddSingleton<TransferUploadStore>();
        services.AddScoped<TransferRunner>();
        return services;
    }
}
