using System.Reflection;
using Cms.Abstractions.Migrations;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Migrations;

/// <summary>
/// Runs the registered <see cref="DataMigration"/> classes in registration order (the modules' order, then the
/// order each module registered them): <c>Create</c> when a class has never run, then every <c>UpdateFromN</c>
/// that follows the version reached. Methods may be sync or async (<c>CreateAsync</c>), with no parameter or a
/// <see cref="CancellationToken"/>, returning the new version. Each step commits with the version it reached, in
/// one transaction with the definitions it changed; a failing step leaves both as they were.
/// </summary>
public sealed class DataMigrationManager(
    IEnumerable<DataMigration> migrations, StoreUnitOfWork unitOfWork, MigrationJournal journal) : IDataMigrationManager
{
    public async Task<IReadOnlyList<string>> RunPendingAsync(CancellationToken cancellationToken = default)
    {
        var ran = new List<string>();
        var seen = new HashSet<Type>();
        foreach (var migration in migrations)
        {
            if (!seen.Add(migration.GetType())) continue;
            var name = migration.GetType().FullName ?? migration.GetType().Name;
            var version = await unitOfWork.Db.DataMigrations.AsNoTracking()
                .Where(m => m.DataMigrationClass == name).Select(m => (int?)m.Version).FirstOrDefaultAsync(cancellationToken) ?? 0;

            while (FindStep(migration.GetType(), version == 0 ? "Create" : $"UpdateFrom{version}") is { } step)
            {
                var reached = await RunStepAsync(migration, name, step, version, cancellationToken);
                var line = $"{name}.{step.Name}: {version} → {reached}";
                ran.Add(line);
                journal.Add($"données : {line}");
                version = reached;
            }
        }
        return ran;
    }

    private async Task<int> RunStepAsync(DataMigration migration, string name, MethodInfo step, int version, CancellationToken cancellationToken)
    {
        try
        {
            return await unitOfWork.ExecuteAsync(async ct =>
            {
                var reached = await InvokeAsync(migration, step, ct);
                if (reached <= version)
                {
                    throw new InvalidOperationException(
                        $"it returned version {reached}, which does not move past version {version}: return the version reached (e.g. {version + 1}).");
                }
                var row = await unitOfWork.Db.DataMigrations.FirstOrDefaultAsync(m => m.DataMigrationClass == name, ct);
                if (row is null) unitOfWork.Db.DataMigrations.Add(new DataMigrationRecord { DataMigrationClass = name, Version = reached });
                else row.Version = reached;
                await unitOfWork.Db.SaveChangesAsync(ct);
                return reached;
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DataMigrationException)
        {
            throw new DataMigrationException(name, step.Name, e is TargetInvocationException { InnerException: { } inner } ? inner : e);
        }
    }

    private static async Task<int> InvokeAsync(DataMigration migration, MethodInfo step, CancellationToken cancellationToken)
    {
        var arguments = step.GetParameters().Length == 1 ? new object[] { cancellationToken } : [];
        object? result;
        try
        {
            result = step.Invoke(migration, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        return result switch
        {
            int version => version,
            Task<int> task => await task,
            _ => throw new InvalidOperationException($"{step.Name} must return int or Task<int>."),
        };
    }

    /// <summary><c>Name</c> or <c>NameAsync</c>, public instance, no parameter or one CancellationToken.</summary>
    private static MethodInfo? FindStep(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == name || m.Name == name + "Async")
            .Where(m => m.ReturnType == typeof(int) || m.ReturnType == typeof(Task<int>))
            .Where(m => m.GetParameters() is var p && (p.Length == 0 || (p.Length == 1 && p[0].ParameterType == typeof(CancellationToken))))
            .OrderBy(m => m.Name.Length)
            .FirstOrDefault();
}
