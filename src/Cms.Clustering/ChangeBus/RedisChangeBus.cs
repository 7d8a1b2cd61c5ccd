using Cms.Abstractions.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Cms.Clustering.ChangeBus;

/// <summary>
/// The change bus on Redis pub/sub (as Orchard Core's RedisBus): every committed change of this process is published
/// on <see cref="ClusteringOptions.ChangeChannel"/>; every message from another process is passed to the
/// <see cref="IClusterCacheHandler"/>s, in order, one message at a time. Pub/sub keeps nothing for a disconnected
/// node, so when the connection comes back this node forgets everything it cached and tells the others to do the
/// same (a change it published while cut off may not have reached them).
/// </summary>
public sealed class RedisChangeBus(
    IConnectionMultiplexer redis,
    ClusteringOptions options,
    IServiceProvider services,
    ILogger<RedisChangeBus> logger)
{
    /// <summary>This process on the bus.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    private RedisChannel Channel => RedisChannel.Literal(options.ChangeChannel);

    /// <summary>Publishes a committed change. A failure is logged, not thrown: the change is committed already.</summary>
    public async Task PublishAsync(ClusterChange change)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, ChangeMessage.From(NodeId, change).ToJson());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "The change {Kind} {ContentItemId} could not be published on Redis: other nodes may serve it stale until they reconnect.",
                change.Kind, change.ContentItemId);
        }
    }

    /// <summary>Starts receiving (serving nodes only; a command only publishes).</summary>
    public async Task SubscribeAsync()
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(message => ReceiveAsync(message.Message));
        redis.ConnectionRestored += OnConnectionRestored;
    }

    public async Task UnsubscribeAsync()
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    internal async Task ReceiveAsync(RedisValue value)
    {
        var message = ChangeMessage.TryParse(value);
        if (message is null)
        {
            logger.LogWarning("Ignored a message on {Channel} that is not a change: {Message}", options.ChangeChannel, (string?)value);
            return;
        }
        if (message.Node == NodeId) return;
        await ForgetAsync(message.Change);
    }

    private async Task ForgetAsync(ClusterChange change)
    {
        foreach (var handler in services.GetServices<IClusterCacheHandler>())
        {
            try
            {
                await handler.ForgetAsync(change, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Handler} failed on {Change}.", handler.GetType().Name, change);
            }
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription) return;
        logger.LogWarning("Redis connection restored: forgetting every cached page and item, and telling the other nodes.");
        _ = Task.Run(async () =>
        {
            await ForgetAsync(ClusterChange.Everything);
            await PublishAsync(ClusterChange.Everything);
        });
    }
}
