using Cms.Data;
using Cms.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Integration.Tests;

/// <summary>Every SQLite connection the site opens carries its settings (<c>SqlitePragmaInterceptor</c>).</summary>
public class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task A_connection_waits_for_writers_checks_foreign_keys_keeps_temporary_data_in_memory_and_checkpoints_every_10000_pages()
    {
        var dataDirectory = TestDirectory.NewPath("cms-sqlite-settings");
        Directory.CreateDirectory(dataDirectory);
        await using (var app = CmsHost.Build([$"--Cms:DataDirectory={dataDirectory}", "--Cms:Database:Provider=Sqlite"]))
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                async Task<long> Pragma(string name)
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = $"PRAGMA {name}";
                    return (long)(await command.ExecuteScalarAsync())!;
                }

                Assert.Equal(1, await Pragma("synchronous")); // NORMAL
                Assert.Equal(10000, await Pragma("busy_timeout"));
                Assert.Equal(1, await Pragma("foreign_keys"));
                Assert.Equal(2, await Pragma("temp_store")); // MEMORY: statement journals and sorts never go to /var/tmp
                Assert.Equal(10000, await Pragma("wal_autocheckpoint")); // pages: a bulk import's commits do not each checkpoint
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        TestDirectory.Delete(dataDirectory);
    }
}
