using System.Security.Cryptography;
using System.Text;
using Cms.Abstractions.Data;
using Npgsql;

namespace Cms.Data.Locking;

/// <summary>
/// <see cref="IDistributedLock"/> as a PostgreSQL session advisory lock, held on a connection of its own (outside
/// the pool's reuse: the lock goes with the connection when it is closed, or when the process dies). The key is the
/// first 8 bytes of the SHA-256 of the name, so every node computes the same key.
/// </summary>
public sealed class PostgresAdvisoryLock(string connectionString) : IDistributedLock
{
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("key", Key(name));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key(name));
            if (await command.ExecuteScalarAsync(cancellationToken) is true) return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    internal static long Key(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("cms:" + name)), 0);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Not pooled: a pooled connection would keep the session (and its lock) alive after Dispose.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "cms-lock" };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Closing the session releases its advisory locks.</summary>
    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
