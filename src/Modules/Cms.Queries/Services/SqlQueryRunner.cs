using System.Data;
using System.Data.Common;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Queries;
using Cms.Data;
using Cms.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Cms.Queries.Services;

/// <summary>The outcome of a query: its columns and rows (at most <see cref="SqlQueryRunner.MaxRows"/>), or the items they name.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<ContentItem> Items, bool Truncated);

/// <summary>A query refused or failed, with the French reason to show (never a database error page).</summary>
public sealed class QueryException(string message) : Exception(message);

/// <summary>
/// Runs a stored SQL query: checked by <see cref="SqlQueryGuard"/> against the database's own list of tables, then run
/// with its <c>@parameters</c> bound (never pasted into the text) in a transaction the database holds read-only
/// (SQLite's <c>query_only</c>, PostgreSQL's <c>READ ONLY</c> with a statement timeout), always rolled back, with a
/// command timeout and at most <see cref="MaxRows"/> rows read. With <c>ReturnContentItems</c>, each row names an item
/// by its <c>ContentItemId</c> column: the published version is returned, each item once, drafts never.
/// </summary>
/// A query of another source is handed to the module registering it (<see cref="IQuerySource"/>).
public sealed class SqlQueryRunner(CmsDbContext db, CmsDataOptions options, IContentManager contents, IEnumerable<IQuerySource> sources)
{
    public const int MaxRows = 1000;
    private const int TimeoutSeconds = 5;

    /// <summary>Runs <paramref name="query"/> (named <paramref name="name"/> in the messages of a source that is not SQL).</summary>
    public async Task<QueryResult> RunAsync(StoredQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken, string? name = null)
    {
        if (!string.Equals(query.Source, StoredQuery.SqlSource, StringComparison.OrdinalIgnoreCase))
        {
            var source = sources.FirstOrDefault(s => string.Equals(s.Name, query.Source, StringComparison.OrdinalIgnoreCase))
                ?? throw new QueryException($"Source « {query.Source} » : seules les requêtes {string.Join(", ", new[] { StoredQuery.SqlSource }.Concat(sources.Select(s => s.Name)).Select(n => $"« {n} »"))} sont exécutées ici.");
            try
            {
                var result = await source.RunAsync(ForSource(name ?? "", query), parameters, cancellationToken);
                return new QueryResult(result.Columns, result.Rows, result.Items, result.Truncated);
            }
            catch (QuerySourceException e)
            {
                throw new QueryException(e.Message);
            }
        }
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            var tables = await TablesAsync(connection, cancellationToken);
            if (SqlQueryGuard.Problem(query.Template, tables, out var names) is { } problem) throw new QueryException(problem);
            var missing = names.Where(n => !parameters.ContainsKey(n)).ToList();
            if (missing.Count > 0) throw new QueryException($"Paramètre(s) sans valeur : {string.Join(", ", missing.Select(n => "@" + n))}.");

            var sql = options.Provider == DatabaseProvider.Postgres
                ? SqlQueryGuard.QuoteNames(query.Template, await IndexNamesAsync(connection, cancellationToken))
                : query.Template;
            var (columns, rows, truncated) = await ReadOnlyAsync(connection, sql, names, parameters, cancellationToken);
            var items = query.ReturnContentItems ? await ItemsAsync(columns, rows, cancellationToken) : [];
            return new QueryResult(columns, rows, items, truncated);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    /// <summary>The tables and views of the database (the guard refuses every one that is not an index table).</summary>
    public async Task<IReadOnlySet<string>> TablesAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            return await TablesAsync(connection, cancellationToken);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private async Task<IReadOnlySet<string>> TablesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = options.Provider == DatabaseProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            : "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')";
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>PostgreSQL: the index tables and their columns in their exact case, by name in any case.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> IndexNamesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            if (!SqlQueryGuard.IndexTables.Contains(table)) continue;
            names.TryAdd(table, table);
            names.TryAdd(reader.GetString(1), reader.GetString(1));
        }
        return names;
    }

    private async Task<(List<string>, List<object?[]>, bool)> ReadOnlyAsync(DbConnection connection, string sql, IReadOnlyList<string> names,
        IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var postgres = options.Provider == DatabaseProvider.Postgres;
        // SQLite: the connection refuses every write while query_only is on (a transaction would take the write lock);
        // PostgreSQL: a read-only transaction with a statement timeout, rolled back.
        if (!postgres) await ExecuteAsync(connection, null, "PRAGMA query_only = 1", cancellationToken);
        var transaction = postgres ? await connection.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (transaction is not null)
            {
                await ExecuteAsync(connection, transaction, "SET TRANSACTION READ ONLY", cancellationToken);
                await ExecuteAsync(connection, transaction, $"SET LOCAL statement_timeout = {TimeoutSeconds * 1000}", cancellationToken);
            }
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = TimeoutSeconds;
            command.CommandText = sql.TrimEnd().TrimEnd(';');
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = parameters.First(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            var truncated = false;
            while (await reader.ReadAsync(cancellationToken))
            {
                if (rows.Count == MaxRows) { truncated = true; break; }
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
            return (columns, rows, truncated);
        }
        catch (DbException e)
        {
            throw new QueryException($"La base de données a refusé la requête : {e.Message}");
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await transaction.DisposeAsync();
            }
            else
            {
                await ExecuteAsync(connection, null, "PRAGMA query_only = 0", CancellationToken.None);
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<ContentItem>> ItemsAsync(List<string> columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var column = columns.FindIndex(c => string.Equals(c, "ContentItemId", StringComparison.OrdinalIgnoreCase));
        if (column < 0) throw new QueryException("La requête renvoie des contenus : elle doit lire la colonne ContentItemId (par exemple SELECT * FROM ContentItemIndex …).");
        var items = new List<ContentItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[column] is not string id || !seen.Add(id)) continue;
            if (await contents.GetAsync(id, VersionOptions.Published, cancellationToken) is { } item) items.Add(item);
        }
        return items;
    }

    /// <summary>Parameters typed as a JSON object (the back office's preview), as values a command can bind.</summary>
    public static Dictionary<string, object?> ParseParameters(string? json)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(json)) return values;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new QueryException($"Paramètres : JSON illisible ({e.Message}). Exemple : {{ \"type\": \"BlogPost\", \"limite\": 3 }}.");
        }
        if (node is not JsonObject parameters) throw new QueryException("Paramètres : un objet JSON est attendu, par exemple { \"type\": \"BlogPost\" }.");
        foreach (var (name, value) in parameters) values[name] = Value(value);
        return values;
    }

    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary><paramref name="query"/> as a registered source reads it.</summary>
    public static QuerySourceQuery ForSource(string name, StoredQuery query) => new(name, query.Template, query.Index, query.ReturnContentItems);
}
