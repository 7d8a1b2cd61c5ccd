using System.Data.Common;
using System.Text;
using Cms.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Cms.ContentManagement.Indexing;

/// <summary>The store type of a column written by <see cref="BulkTable{T}"/>.</summary>
internal enum BulkColumnKind { Str, Bool, Int, Long, UtcDateTime, Double }

/// <summary>One column: its name, store type and the value of a row.</summary>
internal sealed record BulkColumn<T>(string Name, BulkColumnKind Kind, Func<T, object?> Value);

/// <summary>
/// Inserts many rows of one table in the open transaction without change tracking: PostgreSQL's binary COPY, or on
/// SQLite multi-row <c>INSERT … VALUES (…), (…)</c> statements (up to 256 parameters each, one prepared statement reused), parameters bound as EF Core
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
        // On SQLite the connection's transaction holds every statement the connection runs.
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts run inside the unit of work's transaction.");
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, rows, cancellationToken);
            return;
        }
        // Full statements share one prepared statement; the rest, fewer rows, has its own. SQLite's own statements, their
        // parameters bound by position: Microsoft.Data.Sqlite binds each parameter by name (sqlite3_bind_parameter_index,
        // a linear scan of the statement's names), which cost n² comparisons for a statement's n parameters.
        var handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The store's connection is not open.");
        var perStatement = Math.Max(1, SqliteParametersPerStatement / columns.Length);
        var full = rows.Count / perStatement;
        if (full > 0)
        {
            using var statement = Prepare(handle, perStatement);
            for (var chunk = 0; chunk < full; chunk++) Execute(handle, statement, rows, chunk * perStatement, perStatement);
        }
        var rest = rows.Count - full * perStatement;
        if (rest > 0)
        {
            using var statement = Prepare(handle, rest);
            Execute(handle, statement, rows, full * perStatement, rest);
        }
    }

    private sqlite3_stmt Prepare(sqlite3 handle, int rowCount)
    {
        var rc = raw.sqlite3_prepare_v2(handle, InsertText(rowCount), out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
        return statement!;
    }

    /// <summary>Binds the values of <paramref name="count"/> rows from <paramref name="first"/> and runs the statement once.</summary>
    private void Execute(sqlite3 handle, sqlite3_stmt statement, IReadOnlyList<T> rows, int first, int count)
    {
        var index = 1;
        var utf8 = new SqliteText();
        try
        {
            for (var r = first; r < first + count; r++)
            {
                foreach (var column in columns) Bind(handle, statement, index++, column.Value(rows[r]), ref utf8);
            }
        }
        finally
        {
            utf8.Dispose();
        }
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, handle);
    }

    /// <summary>A value bound as EF Core binds it on SQLite: booleans as 0/1, dates as SQLite's ISO text (SqliteDateTimeTypeMapping).</summary>
    private static void Bind(sqlite3 handle, sqlite3_stmt statement, int index, object? value, ref SqliteText utf8)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => utf8.Bind(statement, index, text),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            double number when double.IsNaN(number) => throw new InvalidOperationException("Cannot store 'NaN' values."),
            double number => raw.sqlite3_bind_double(statement, index, number),
            DateTime date => utf8.Bind(statement, index, date),
            _ => throw new NotSupportedException($"No SQLite binding for {value.GetType()}."),
        };
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, handle);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> insertTexts = new();

    private string InsertText(int rowCount)
    {
        if (insertTexts.TryGetValue(rowCount, out var text)) return text;
        var sql = new StringBuilder("INSERT INTO \"").Append(table).Append("\" (")
            .AppendJoin(", ", columns.Select(c => $"\"{c.Name}\"")).Append(") VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            if (r > 0) sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append('?');
            }
            sql.Append(')');
        }
        return insertTexts[rowCount] = sql.ToString();
    }

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
