using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests.Infrastructure;

/// <summary>
/// One fresh store per test class (see <see cref="TestStore"/>): a temporary SQLite file, or a new PostgreSQL
/// database on the server named by <c>CMS_TEST_POSTGRES</c>. Tests build service providers on it the way the host
/// does (the Cms.Data then Cms.ContentManagement startups).
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private TestStore? _store;

    /// <summary>Why the tests of this provider cannot run here (null when they can).</summary>
    public string? SkipReason { get; private set; }

    public abstract string ProviderName { get; }

    /// <summary>
    /// A service provider as the host builds it (Cms.Data then Cms.ContentManagement startups), plus
    /// <paramref name="configure"/>; skips the test when the provider is not available here.
    /// </summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        Skip.If(SkipReason is not null, SkipReason);
        return (_store ?? throw new InvalidOperationException("The test store is not created.")).BuildServices(configure);
    }

    public async Task InitializeAsync()
    {
        SkipReason = TestDatabase.Unavailable(ProviderName);
        if (SkipReason is not null) return;
        _store = await TestStore.CreateAsync([new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.ContentFields.Startup()], ProviderName, name: "cms-core-tests");
        await _store.InitializeSchemaAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
    }
}

public sealed class SqliteStore : StoreFixture
{
    public override string ProviderName => TestDatabase.Sqlite;
}

public sealed class PostgresStore : StoreFixture
{
    public override string ProviderName => TestDatabase.Postgres;
}
