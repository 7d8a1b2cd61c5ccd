using Cms.Abstractions.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Data.Services;

public sealed partial class StoreUnitOfWork
{
    /// <summary>
    /// What both kinds of transaction share: savepoints inside them, and the rule that a completed transaction
    /// accepts nothing more. Disposing one that was neither committed nor rolled back rolls it back.
    /// </summary>
    private abstract class UnitOfWorkTransaction(StoreUnitOfWork owner, IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        private bool _completed;

        protected StoreUnitOfWork Owner => owner;
        protected IDbContextTransaction Transaction => transaction;

        public Task CommitAsync(CancellationToken cancellationToken = default) => CompleteAsync(commit: true, cancellationToken);

        public Task RollbackAsync(CancellationToken cancellationToken = default) => CompleteAsync(commit: false, cancellationToken);

        public Task SavepointAsync(string name, CancellationToken cancellationToken = default)
        {
            EnsureOpen();
            return owner.CreateSavepointAsync(transaction, name, cancellationToken);
        }

        public Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default)
        {
            EnsureOpen();
            return owner.RollbackToSavepointAsync(transaction, name, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (_completed) return;
            _completed = true;
            await FinishAsync(commit: false, CancellationToken.None);
        }

        private async Task CompleteAsync(bool commit, CancellationToken cancellationToken)
        {
            EnsureOpen();
            _completed = true;
            await FinishAsync(commit, cancellationToken);
        }

        protected abstract Task FinishAsync(bool commit, CancellationToken cancellationToken);

        private void EnsureOpen() => ObjectDisposedException.ThrowIf(_completed, this);
    }

    /// <summary>The outermost transaction: commit runs the after-commit work, rollback the after-rollback work.</summary>
    private sealed class RootTransaction(StoreUnitOfWork owner, IDbContextTransaction transaction)
        : UnitOfWorkTransaction(owner, transaction)
    {
        protected override Task FinishAsync(bool commit, CancellationToken cancellationToken) =>
            Owner.CompleteAsync(Transaction, commit, cancellationToken);
    }

    /// <summary>A transaction joined through a savepoint: commit releases it, rollback returns to it.</summary>
    private sealed class JoinedTransaction(StoreUnitOfWork owner, IDbContextTransaction transaction, string savepoint)
        : UnitOfWorkTransaction(owner, transaction)
    {
        protected override async Task FinishAsync(bool commit, CancellationToken cancellationToken)
        {
            if (!commit)
            {
                await Owner.RollbackToSavepointAsync(Transaction, savepoint, cancellationToken);
                return;
            }
            if (Transaction.SupportsSavepoints) await Transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
            Owner._savepointMarks.Remove(savepoint);
        }
    }
}
