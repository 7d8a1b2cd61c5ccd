using Microsoft.Extensions.Hosting;

namespace Cms.Clustering.ChangeBus;

/// <summary>Receives other nodes' changes while the site is served (commands do not run hosted services: they only publish).</summary>
internal sealed class ChangeBusSubscription(RedisChangeBus bus) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => bus.SubscribeAsync();

    public Task StopAsync(CancellationToken cancellationToken) => bus.UnsubscribeAsync();
}
