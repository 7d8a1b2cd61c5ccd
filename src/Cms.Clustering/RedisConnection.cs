using StackExchange.Redis;

namespace Cms.Clustering;

/// <summary>Opens the one Redis connection of the process, at start: a node or command that cannot reach Redis stops
/// there with a message naming the key and the address (never the password).</summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer Connect(ClusteringOptions options)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(options.RedisConnectionString!);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Configuration '{ClusteringOptions.RedisConnectionStringKey}' is not a valid Redis connection string: {e.Message}", e);
        }
        // Fail at start rather than serve without the bus; once connected, a lost connection is retried in the background.
        configuration.AbortOnConnectFail = true;
        configuration.ClientName ??= $"cms-{Environment.MachineName}-{Environment.ProcessId}";
        try
        {
            return ConnectionMultiplexer.Connect(configuration);
        }
        catch (RedisConnectionException e)
        {
            var endpoints = string.Join(", ", configuration.EndPoints.Select(EndPointCollection.ToString));
            throw new InvalidOperationException(
                $"Redis cannot be reached at {endpoints} ('{ClusteringOptions.RedisConnectionStringKey}'): {e.Message.Split('\n')[0]} " +
                $"Start Redis, or remove '{ClusteringOptions.RedisConnectionStringKey}' to run a single node.", e);
        }
    }
}
