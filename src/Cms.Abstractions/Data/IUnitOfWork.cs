namespace Cms.Abstractions.Data;

/// <summary>
/// An explicit transaction over the store, for work that spans several content manager calls (a recipe step, a
/// data migration). Calls made while one is open join it; without one, each content manager write has its own.
/// </summary>
public interface IUnitOfWork
{
    bool InTransaction { get; }
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken = default);
    /// <summary>
    /// Runs <paramref name="callback"/> once the outermost transaction has committed (never after a rollback);
    /// at once when no transaction is open here.
    /// </summary>
    Task OnCommitted(Func<CancellationToken, Task> callback, CancellationToken cancellationToken = default);
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
    /// <summary>Rolls back everything; disposing without commit does the same.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
    /// <summary>A savepoint, so one document's failure can be undone without the rest of the transaction.</summary>
    Task SavepointAsync(string name, CancellationToken cancellationToken = default);
    Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>Creates or upgrades the database schema (EF Core migrations of the configured provider).</summary>
public interface IStoreInitializer
{
    /// <summary>Applies pending schema migrations; true when the database was just created.</summary>
    Task<bool> InitializeAsync(CancellationToken cancellationToken = default);
}
