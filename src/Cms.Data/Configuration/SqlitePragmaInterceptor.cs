using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Data.Configuration;

/// <summary>
/// Sets the per-connection SQLite pragmas: NORMAL synchronous (safe with WAL), a busy timeout for concurrent writers,
/// and temporary data in memory: the statement journals of multi-row inserts (and sorts) no longer go through files
/// under /var/tmp (nothing durable lives there; an import of 3,000 documents wrote 186,000 pages to them).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Run(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Run(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
