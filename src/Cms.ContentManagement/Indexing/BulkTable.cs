using System.Data.Common;
using System.Text;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Cms.ContentManagement.Indexing;

/// <summary>The store type of a column written by <see cref="BulkTable{T}"/>.</summary>
internal enum BulkColumnKind { Str, Bool, Int, Long, UtcDateTime, Double }

/// <summary>One column: its name, store type and the value of a row.</summary>
internal sealed record BulkColumn<T>(string Name, BulkColumnKind Kind, Func<T, object?> Value);

/// <summary>
/// Inserts many rows of one table in the open transaction without change tracking: PostgreSQL's binary COPY, or on
/// SQLite multi-row <c>INSERT … VALUES (…), (…)</c> statements (up to 256 parameters each, one prepared command reused), parameters bound as EF Core
/// binds them (booleans as 0/1, dates as SQLite's ISO text), so the rows read back exactly as if EF Core wrote them.
/// </summary>
internal sealed class BulkTable<T>(string table, params BulkColumn<T>[] columns)
{
    /// <summary>Parameters of one SQLite INSERT at most (rows of the table's width per statement).</summary>
    private const int SqliteParametersPerStatement = 256;

    public async Task InsertAsync(CmsDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the unit of work's transaction.");
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, rows, cancellationToken);
            return;
        }
        // Full statements share one prepared command, its parameters created once and given each chunk's values; the
        // rest, fewer rows, has its own. A statement has at most SqliteParametersPerStatement parameters: SQLite finds
        // each parameter's slot by name in a linear scan (sqlite3_bind_parameter_index), so binding a statement's n
        // parameters costs n² comparisons (200 rows of 16 columns: 3,200 parameters, about 4 % of an import's CPU).
        var perStatement = Math.Max(1, SqliteParametersPerStatement / columns.Length);
        var full = rows.Count / perStatement;
        if (full > 0)
        {
            await using var command = SqliteCommand(connection, transaction, perStatement);
            for (var chunk = 0; chunk < full; chunk++)
            {
                SetValues(command, rows, chunk * perStatement, perStatement);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        var rest = rows.Count - full * perStatement;
        if (rest > 0)
        {
            await using var command = SqliteCommand(connection, transaction, rest);
            SetValues(command, rows, full * perStatement, rest);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private DbCommand SqliteCommand(DbConnection connection, DbTransaction transaction, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertText(rowCount);
        for (var n = 0; n < rowCount * columns.Length; n++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + n;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private void SetValues(DbCommand command, IReadOnlyList<T> rows, int first, int count)
    {
        var n = 0;
        for (var r = first; r < first + count; r++)
        {
            foreach (var column in columns) command.Parameters[n++].Value = SqliteValue(column.Kind, column.Value(rows[r]));
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> insertTexts = new();

    private string InsertText(int rowCount)
    {
        if (insertTexts.TryGetValue(rowCount, out var text)) return text;
        var sql = new StringBuilder("INSERT INTO \"").Append(table).Append("\" (")
            .AppendJoin(", ", columns.Select(c => $"\"{c.Name}\"")).Append(") VALUES ");
        var n = 0;
        for (var r = 0; r < rowCount; r++)
        {
            if (r > 0) sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append("@p").Append(n++);
            }
            sql.Append(')');
        }
        return insertTexts[rowCount] = sql.ToString();
    }

    private static object SqliteValue(BulkColumnKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1L : 0L,
        // EF Core's SQLite format for DateTime (SqliteDateTimeTypeMapping).
        DateTime d => d.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Value(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                    continue;
                }
                switch (column.Kind)
                {
                    case BulkColumnKind.Str: await importer.WriteAsync((string)value, NpgsqlDbType.Text, cancellationToken); break;
                    case BulkColumnKind.Bool: await importer.WriteAsync((bool)value, NpgsqlDbType.Boolean, cancellationToken); break;
                    case BulkColumnKind.Int: await importer.WriteAsync((int)value, NpgsqlDbType.Integer, cancellationToken); break;
                    case BulkColumnKind.Long: await importer.WriteAsync((long)value, NpgsqlDbType.Bigint, cancellationToken); break;
                    case BulkColumnKind.Double: await importer.WriteAsync((double)value, NpgsqlDbType.Double, cancellationToken); break;
                    case BulkColumnKind.UtcDateTime:
                        await importer.WriteAsync(DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
                        break;
                }
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
