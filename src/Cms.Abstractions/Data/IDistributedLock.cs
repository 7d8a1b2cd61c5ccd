namespace Cms.Abstractions.Data;

/// <summary>
/// A lock held by one process at a time across every node sharing the store: a PostgreSQL advisory lock on
/// PostgreSQL, a lock of this process on SQLite (one machine). Used so that the start sequence (migrations, setup
/// recipe) and each pass of the publication scheduler run on one node at a time.
/// </summary>
public interface IDistributedLock
{
    /// <summary>Waits until the lock is free, then holds it until the result is disposed.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Holds the lock when it is free; null at once when another process holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default);
}
