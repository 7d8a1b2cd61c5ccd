using Microsoft.Extensions.Configuration;

namespace Cms.Clustering;

/// <summary>
/// The keys of running several nodes: <c>ConnectionStrings:Redis</c> (StackExchange.Redis syntax, e.g.
/// <c>redis.internal:6379,password=…</c>; empty: single node), <c>Cms:Redis:InstanceName</c> (prefix of the channel
/// and keys, default <c>cms</c>, so that two sites can share one Redis).
/// </summary>
public sealed class ClusteringOptions
{
    public const string RedisConnectionStringKey = "ConnectionStrings:Redis";
    public const string InstanceNameKey = "Cms:Redis:InstanceName";

    public string? RedisConnectionString { get; init; }
    public string InstanceName { get; init; } = "cms";

    public bool UsesRedis => !string.IsNullOrWhiteSpace(RedisConnectionString);

    /// <summary>The pub/sub channel of committed changes.</summary>
    public string ChangeChannel => InstanceName + ":changes";

    /// <summary>The Redis list holding the DataProtection key ring.</summary>
    public string DataProtectionKey => InstanceName + ":data-protection-keys";

    public static ClusteringOptions FromConfiguration(IConfiguration configuration)
    {
        var instance = configuration[InstanceNameKey];
        return new ClusteringOptions
        {
            RedisConnectionString = configuration[RedisConnectionStringKey],
            InstanceName = string.IsNullOrWhiteSpace(instance) ? "cms" : instance.Trim(),
        };
    }
}
