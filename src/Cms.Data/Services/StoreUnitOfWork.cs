using Cms.Abstractions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Data.Services;

/// <summary>
/// Transactions over <see cref="CmsDbContext"/>. Beginning while one is open joins it through a savepoint, so a
/// nested failure is undone alone. Work can ask to run after the outermost commit (<see cref="OnCommitted"/>),
/// e.g. content handlers' <c>ChangedAsync</c>, or after a rollback (<see cref="OnRolledBack"/>), e.g. cache resets.
/// After a commit or rollback the change tracker is cleared.
/// </summary>
public sealed partial class StoreUnitOfWork(IServiceProvider services, ILogger<StoreUnitOfWork> logger) : IUnitOfWork
{
    private readonly List<Func<CancellationToken, Task>> _committed = [];
    private readonly List<Action> _rolledBack = [];
    private readonly Dictionary<string, int> _savepointMarks = new(StringComparer.Ordinal);
    private int _savepointCounter;
    private IDbContextTransaction? _root;

    private CmsDbContext? _db;

    /// <summary>
    /// The scope's database context, resolved on first use: the public pages that answer from memory (the agenda, the
    /// home page) ask their content query, which holds this, without building a context they never use.
    /// </summary>
    public CmsDbContext Db => _db ??= services.GetRequiredService<CmsDbContext>();

    /// <summary>
    /// Transactions are only begun here (<see cref="BeginAsync"/>): until then none can be open, and the question is
    /// answered without starting the context's database services (a public page asks it, and most never use the store).
    /// </summary>
    public bool InTransaction => _begun && Db.Database.CurrentTransaction is not null;

    private bool _begun;

    public async Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        _begun = true;
        if (Db.Database.CurrentTransaction is { } current)
        {
            var name = $"uow_{++_savepointCounter}";
            await CreateSavepointAsync(current, name, cancellationToken);
            return new JoinedTransaction(this, current, name);
        }
        Db.ChangeTracker.Clear();
        var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        _root = transaction;
        return new RootTransaction(this, transaction);
    }

    /// <summary>Runs <paramref name="work"/> in a transaction (its own, or a savepoint of the open one), committing when it returns.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync<bool>(async ct => { await work(ct); return true; }, cancellationToken);

    /// <summary>
    /// Runs after the outermost transaction commits; immediately when none is open, or when the open one was not
    /// begun here (its commit cannot be observed).
    /// </summary>
    public async Task OnCommitted(Func<CancellationToken, Task> callback, CancellationToken cancellationToken = default)
    {
        if (OwnsOpenTransaction) _committed.Add(callback);
        else await RunCommittedAsync([callback], cancellationToken);
    }

    private bool OwnsOpenTransaction => _root is not null && ReferenceEquals(Db.Database.CurrentTransaction, _root);

    /// <summary>Runs when the outermost transaction (or the savepoint open at registration) rolls back.</summary>
    public void OnRolledBack(Action callback)
    {
        if (OwnsOpenTransaction) _rolledBack.Add(callback);
    }

    private async Task CreateSavepointAsync(IDbContextTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await transaction.CreateSavepointAsync(name, cancellationToken);
        _savepointMarks[name] = _committed.Count;
    }

    private async Task RollbackToSavepointAsync(IDbContextTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await transaction.RollbackToSavepointAsync(name, cancellationToken);
        Db.ChangeTracker.Clear();
        if (_savepointMarks.TryGetValue(name, out var mark) && mark < _committed.Count)
        {
            _committed.RemoveRange(mark, _committed.Count - mark);
        }
        // Whatever was cached from work done since the savepoint is suspect: reset it all.
        foreach (var callback in _rolledBack) callback();
    }

    private async Task CompleteAsync(IDbContextTransaction transaction, bool commit, CancellationToken cancellationToken)
    {
        try
        {
            if (commit) await transaction.CommitAsync(cancellationToken);
            else await RollbackQuietlyAsync(transaction);
        }
        catch when (commit)
        {
            await CompleteAsync(transaction, commit: false, CancellationToken.None);
            throw;
        }
        finally
        {
            _root = null;
            await transaction.DisposeAsync();
            Db.ChangeTracker.Clear();
            _savepointMarks.Clear();
        }

        var committed = _committed.ToList();
        var rolledBack = _rolledBack.ToList();
        _committed.Clear();
        _rolledBack.Clear();
        if (commit)
        {
            await RunCommittedAsync(committed, cancellationToken);
        }
        else
        {
            foreach (var callback in rolledBack) callback();
        }
    }

    /// <summary>A rollback that fails (e.g. the connection is gone) must not hide the error that caused it.</summary>
    private async Task RollbackQuietlyAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Rolling back the transaction failed; the database discards it when the connection closes.");
        }
    }

    private async Task RunCommittedAsync(IEnumerable<Func<CancellationToken, Task>> callbacks, CancellationToken cancellationToken)
    {
        foreach (var callback in callbacks)
        {
            try
            {
                await callback(cancellationToken);
            }
            catch (Exception e)
            {
                // The change is committed: a failing follower must not make it look as if it was not.
                logger.LogError(e, "A handler run after commit failed.");
            }
        }
    }
}
