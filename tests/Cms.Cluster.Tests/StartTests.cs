using Cms.Hosting;

namespace Cms.Cluster.Tests;

/// <summary>
/// How nodes start: together on an empty database (one runs the start sequence, the other waits), and not at all
/// without their Redis. In process, as <c>dotnet run -- …</c> would run them; in the cluster's collection so that
/// these do not run alongside its tests (one of them reads the console).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StartTests(ClusterFixture cluster)
{
    [SkippableFact]
    public async Task Two_migrate_commands_started_together_on_an_empty_PostgreSQL_database_both_succeed()
    {
        var unavailable = TestDatabase.PostgresUnavailable();
        Skip.If(unavailable is not null, unavailable);
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres, "cms_migrate_race_");
        var directories = new[] { TestDirectory.NewPath("cms-migrate-race"), TestDirectory.NewPath("cms-migrate-race") };
        try
        {
            var codes = await Task.WhenAll(directories.Select(directory => Task.Run(() =>
                CmsHost.RunAsync([.. database.Arguments, $"--Cms:DataDirectory={directory}", "--Cms:Admin:Password=Race-Passw0rd!", "migrate"]))));
            Assert.Equal([0, 0], codes);
        }
        finally
        {
            foreach (var directory in directories) TestDirectory.Delete(directory);
        }
    }

    [SkippableFact]
    public async Task A_node_whose_Redis_cannot_be_reached_says_so_and_exits_non_zero()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var closedPort = TestRedis.FreePort();
        var directory = TestDirectory.NewPath("cms-no-redis");
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = await CmsHost.RunAsync(["--urls", "http://127.0.0.1:0", $"--Cms:DataDirectory={directory}", $"--ConnectionStrings:Redis=127.0.0.1:{closedPort},connectTimeout=2000"]);
        }
        finally
        {
            Console.SetError(previous);
            TestDirectory.Delete(directory);
        }
        Assert.NotEqual(0, code);
        Assert.Contains($"Redis cannot be reached at 127.0.0.1:{closedPort}", error.ToString());
        Assert.Contains("ConnectionStrings:Redis", error.ToString());
    }
}
