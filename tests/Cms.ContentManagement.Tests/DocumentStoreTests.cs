using Cms.Abstractions.Data;
using Cms.ContentManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class DocumentStoreTests_Sqlite(SqliteStore store) : DocumentStoreTests<SqliteStore>(store);

public sealed class DocumentStoreTests_Postgres(PostgresStore store) : DocumentStoreTests<PostgresStore>(store);

/// <summary>
/// Named JSON documents (<see cref="IDocumentStore"/>, table <c>Documents</c>): read back whole, a new document when none
/// is stored, written in the open unit of work (a rollback leaves the previous one and runs no commit callback).
/// </summary>
public abstract class DocumentStoreTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    public sealed class Sample
    {
        public Dictionary<string, string> Values { get; set; } = [];
    }

    [SkippableFact]
    public async Task A_document_is_saved_whole_and_a_rolled_back_save_leaves_the_previous_one()
    {
        var name = Unique("doc");
        Assert.Empty((await InScope(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<Sample>(name))).Values);

        var committed = 0;
        await InScope(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync(name, new Sample { Values = { ["a"] = "é1" } }, _ => { committed++; return Task.CompletedTask; }));
        Assert.Equal(1, committed);

        await InScope(async sp =>
        {
            await using (var transaction = await sp.GetRequiredService<IUnitOfWork>().BeginAsync())
            {
                await sp.GetRequiredService<IDocumentStore>().SaveAsync(name, new Sample { Values = { ["a"] = "2" } }, _ => { committed++; return Task.CompletedTask; });
                await transaction.RollbackAsync();
            }
        });
        Assert.Equal(1, committed);
        Assert.Equal("é1", (await InScope(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<Sample>(name))).Values["a"]);

        await InScope(async sp =>
        {
            await using var transaction = await sp.GetRequiredService<IUnitOfWork>().BeginAsync();
            await sp.GetRequiredService<IDocumentStore>().SaveAsync(name, new Sample { Values = { ["a"] = "3" } }, _ => { committed++; return Task.CompletedTask; });
            Assert.Equal(1, committed);
            await transaction.CommitAsync();
        });
        Assert.Equal(2, committed);
        Assert.Equal("3", (await InScope(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<Sample>(name))).Values["a"]);
    }
}
