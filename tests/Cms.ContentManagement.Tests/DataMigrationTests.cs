using Cms.Abstractions.Definitions;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Cms.ContentManagement.Tests.Infrastructure;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class DataMigrationTests_Sqlite(SqliteStore store) : DataMigrationTests<SqliteStore>(store);

public sealed class DataMigrationTests_Postgres(PostgresStore store) : DataMigrationTests<PostgresStore>(store);

/// <summary>The data migration runner: Create then UpdateFromN, versions stored, a failing step changes nothing.</summary>
public abstract class DataMigrationTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    /// <summary>Create (async, returns 1) then UpdateFrom1 (sync, returns 2).</summary>
    public sealed class GoodMigration(IContentDefinitionManager definitions) : DataMigration
    {
        public async Task<int> CreateAsync()
        {
            await definitions.AlterTypeDefinitionAsync("MigratedType", t => t.DisplayedAs("Créé").WithPart("TitlePart"));
            return 1;
        }

        public int UpdateFrom1()
        {
            definitions.AlterTypeDefinitionAsync("MigratedType", t => t.DisplayedAs("Mis à jour")).GetAwaiter().GetResult();
            return 2;
        }
    }

    /// <summary>Create works; UpdateFrom1 changes a definition then throws.</summary>
    public sealed class FailingMigration(IContentDefinitionManager definitions) : DataMigration
    {
        public async Task<int> CreateAsync(CancellationToken cancellationToken)
        {
            await definitions.AlterTypeDefinitionAsync("FailingType", t => t.DisplayedAs("Avant l'échec"), cancellationToken);
            return 1;
        }

        public async Task<int> UpdateFrom1Async()
        {
            await definitions.AlterTypeDefinitionAsync("FailingType", t => t.DisplayedAs("Jamais enregistré"));
            await definitions.AlterTypeDefinitionAsync("FailingOther", t => t.DisplayedAs("Jamais créé"));
            throw new InvalidOperationException("intended failure");
        }
    }

    /// <summary>Defines a type named after itself.</summary>
    public sealed class CommandMigration(IContentDefinitionManager definitions) : DataMigration
    {
        public async Task<int> CreateAsync()
        {
            await definitions.AlterTypeDefinitionAsync(nameof(CommandMigration), t => t.DisplayedAs("Commande"));
            return 1;
        }
    }

    private readonly List<Action<IServiceCollection>> _migrations = [];

    protected override void ConfigureServices(IServiceCollection services)
    {
        foreach (var add in _migrations) add(services);
    }

    /// <summary>Registers migrations, then restarts so that they are part of the service provider.</summary>
    private Task WithAsync(Action<IServiceCollection> add)
    {
        _migrations.Add(add);
        return RestartAsync();
    }

    private Task<IReadOnlyList<string>> RunAsync() => InScope(sp => sp.GetRequiredService<IDataMigrationManager>().RunPendingAsync());

    private Task<int?> StoredVersionAsync<T>() => InScope(sp => sp.GetRequiredService<CmsDbContext>().DataMigrations
        .Where(m => m.DataMigrationClass == typeof(T).FullName).Select(m => (int?)m.Version).FirstOrDefaultAsync());

    private Task<ContentTypeDefinitionRecord?> TypeAsync(string name) =>
        InScope(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync(name));

    [SkippableFact]
    public async Task Runs_create_then_updates_once_and_records_the_version()
    {
        await WithAsync(s => s.AddDataMigration<GoodMigration>());
        var ran = await RunAsync();
        Assert.Equal(2, ran.Count(line => line.Contains(nameof(GoodMigration))));
        Assert.Equal(2, await StoredVersionAsync<GoodMigration>());
        Assert.Equal("Mis à jour", (await TypeAsync("MigratedType"))!.DisplayName);

        await RestartAsync();
        Assert.Empty(await RunAsync());
    }

    [SkippableFact]
    public async Task A_failing_step_leaves_its_version_and_the_definitions_untouched()
    {
        await WithAsync(s => s.AddDataMigration<FailingMigration>());

        var error = await Assert.ThrowsAsync<DataMigrationException>(RunAsync);
        Assert.Equal(typeof(FailingMigration).FullName, error.Migration);
        Assert.Equal("UpdateFrom1Async", error.Step);
        Assert.Contains("intended failure", error.Message);

        Assert.Equal(1, await StoredVersionAsync<FailingMigration>());
        Assert.Equal("Avant l'échec", (await TypeAsync("FailingType"))!.DisplayName);
        Assert.Null(await TypeAsync("FailingOther"));

        // Again from another process: same failure, same state.
        await RestartAsync();
        await Assert.ThrowsAsync<DataMigrationException>(RunAsync);
        Assert.Equal(1, await StoredVersionAsync<FailingMigration>());
    }

    [SkippableFact]
    public async Task Migrate_command_prints_what_it_applied()
    {
        await WithAsync(s => s.AddDataMigration<CommandMigration>());
        var output = new StringWriter();
        var code = await InScope(sp => sp.GetServices<ICommand>().Single(c => c.Name == "migrate").RunAsync([], output, CancellationToken.None));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"{typeof(CommandMigration).FullName}.CreateAsync: 0 → 1", output.ToString());
        Assert.Equal(ExitCodes.UsageError,
            await InScope(sp => sp.GetServices<ICommand>().Single(c => c.Name == "migrate").RunAsync(["x"], TextWriter.Null, CancellationToken.None)));
    }
}
