using Cms.Abstractions.Content;
using Cms.Queries.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>The query runner against PostgreSQL (<c>CMS_TEST_POSTGRES</c>, skipped without it).</summary>
public sealed class QueryRunnerStoreTests_Postgres : QueryRunnerStoreTests
{
    protected override string Provider => TestDatabase.Postgres;
}

public sealed class QueryRunnerStoreTests_Sqlite : QueryRunnerStoreTests
{
    protected override string Provider => TestDatabase.Sqlite;
}

/// <summary>
/// On each provider: a query binds its <c>@parameters</c>, returns published items only, and leaves the connection
/// able to write afterwards (SQLite's <c>query_only</c> is turned off again; PostgreSQL's read-only transaction is
/// rolled back).
/// </summary>
public abstract class QueryRunnerStoreTests : IAsyncLifetime
{
    private TestStore? store;
    private string? skipReason;

    protected abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        skipReason = Provider == TestDatabase.Postgres ? TestDatabase.PostgresUnavailable() : null;
        if (skipReason is not null) return;
        store = await TestStore.StartAsync([new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.ContentFields.Startup()],
            services => services.AddScoped<SqlQueryRunner>(), provider: Provider, name: "cms-query-tests");
    }

    public async Task DisposeAsync()
    {
        if (store is not null) await store.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_query_binds_its_parameters_returns_published_items_and_leaves_the_connection_writable()
    {
        Skip.If(skipReason is not null, skipReason);
        await store!.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Cms.Abstractions.Definitions.IContentDefinitionManager>()
                .AlterTypeDefinitionAsync("Page", t => t.DisplayedAs("Page").WithPart("TitlePart"));
            var content = sp.GetRequiredService<IContentManager>();
            var runner = sp.GetRequiredService<SqlQueryRunner>();
            var published = await content.NewAsync("Page");
            published.Apply(new TitlePart { Title = "Publiée" });
            await content.CreateAsync(published, publish: true);
            var draft = await content.NewAsync("Page");
            draft.Apply(new TitlePart { Title = "Brouillon" });
            await content.CreateAsync(draft, publish: false);

            var query = new StoredQuery
            {
                Template = "SELECT ContentItemId, DisplayText FROM ContentItemIndex WHERE ContentType = @type AND Latest = @latest ORDER BY DisplayText",
                ReturnContentItems = true,
            };
            var result = await runner.RunAsync(query, new Dictionary<string, object?> { ["type"] = "Page", ["latest"] = true }, CancellationToken.None);
            Assert.Equal(2, result.Rows.Count);
            Assert.Equal(["Publiée"], result.Items.Select(i => i.DisplayText));

            var refused = await Assert.ThrowsAsync<QueryException>(() => runner.RunAsync(query, new Dictionary<string, object?>(), CancellationToken.None));
            Assert.Contains("@type", refused.Message);

            // The same scope writes again after the read-only run.
            var later = await content.NewAsync("Page");
            later.Apply(new TitlePart { Title = "Après" });
            await content.CreateAsync(later, publish: true);
            return true;
        });
    }
}
