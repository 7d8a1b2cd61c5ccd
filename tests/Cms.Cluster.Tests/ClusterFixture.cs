using System.Net;
using Cms.Abstractions.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Cluster.Tests;

/// <summary>
/// Two nodes, A and B, started together on one new PostgreSQL database (so both race for the start sequence), one
/// throwaway Redis and one s3rver bucket (media, uploads waiting for confirmation), each with its own data directory
/// and no directory in common. Started once for the assembly's one collection: the cluster is the expensive part of these tests.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string AdminPassword = "Cluster-Passw0rd!";

    private TestDatabase? _database;
    private TestRedis? _redis;
    private TestS3? _s3;

    /// <summary>Why the cluster did not start (PostgreSQL, redis-server or s3rver missing), or null.</summary>
    public string? Unavailable { get; private set; }

    public TestSite A { get; private set; } = null!;
    public TestSite B { get; private set; } = null!;
    public TestRedis Redis => _redis!;

    /// <summary>The host arguments every node (and any command run against the cluster) gets, data directory aside.</summary>
    public string[] NodeArguments { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Unavailable = TestDatabase.PostgresUnavailable() ?? TestRedis.Unavailable() ?? TestS3.Unavailable();
        if (Unavailable is not null) return;
        _database = await TestDatabase.CreateAsync(TestDatabase.Postgres, "cms_cluster_");
        _redis = await TestRedis.StartAsync();
        _s3 = await TestS3.StartAsync();
        NodeArguments =
        [
            .. _database.Arguments,
            .. _s3.Arguments,
            $"--ConnectionStrings:Redis={_redis.ConnectionString}",
            $"--Cms:Admin:Password={AdminPassword}",
            "--Cms:Admin:SecureCookies=false",
            "--Cms:Scheduling:PollSeconds=1",
        ];
        var nodes = await Task.WhenAll(TestSite.StartAsync(NodeArguments, "cms-cluster-a"), TestSite.StartAsync(NodeArguments, "cms-cluster-b"));
        (A, B) = (nodes[0], nodes[1]);
    }

    /// <summary>A client of one node that follows no redirect, with its own cookies.</summary>
    public static HttpClient Client(TestSite node, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(node.BaseUrl),
        };

    /// <summary>The published events, as node A reads them.</summary>
    public async Task<IReadOnlyList<ContentItem>> PublishedEventsAsync()
    {
        using var scope = A.Services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var page = await query.ListAsync(new ContentListQuery { ContentType = "Event", Status = ContentStatus.Published, PageSize = 50 });
        return page.Items;
    }

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        if (_s3 is not null) await _s3.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
