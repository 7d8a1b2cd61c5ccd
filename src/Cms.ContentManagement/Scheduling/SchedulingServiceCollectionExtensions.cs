using Cms.Abstractions.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.ContentManagement.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Scheduled publishing: <see cref="IPublishScheduler"/> (scoped), the runner and the background service that
    /// carries tasks out (started with the host; commands do not start it).
    /// </summary>
    public static IServiceCollection AddPublishScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(PublishSchedulerOptions.FromConfiguration(configuration));
        services.AddSingleton<PublishSchedulerSignal>();
        services.AddSingleton<ScheduledTaskRunner>();
        services.AddScoped<IPublishScheduler, PublishScheduler>();
        services.AddHostedService<PublishSchedulerService>();
        return services;
    }
}
