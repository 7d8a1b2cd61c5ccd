using Microsoft.Extensions.Hosting;

namespace Cms.Hosting;

/// <summary>Brings the store up to date when the host starts, before any other hosted service and before serving.</summary>
internal sealed class StoreInitializationService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        CmsHost.InitializeAsync(services, Console.Out, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
