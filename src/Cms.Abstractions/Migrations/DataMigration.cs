namespace Cms.Abstractions.Migrations;

/// <summary>
/// A data migration, in Orchard Core's style: <c>CreateAsync()</c> builds the latest shape and returns its version;
/// each <c>UpdateFromNAsync()</c> moves version N to N+1 and returns N+1. Shipped method numbers never change.
/// The version reached is stored per class; all pending steps run at startup and by the <c>migrate</c> command,
/// each in one transaction with the definitions it changes.
/// </summary>
/// <remarks>Register with <c>services.AddDataMigration&lt;Migrations&gt;()</c> in the module's startup.</remarks>
public abstract class DataMigration
{
}

/// <summary>Runs pending migrations.</summary>
public interface IDataMigrationManager
{
    /// <summary>Runs every pending step of every registered migration. Throws <see cref="DataMigrationException"/> on the first failure.</summary>
    Task<IReadOnlyList<string>> RunPendingAsync(CancellationToken cancellationToken = default);
}

public sealed class DataMigrationException(string migration, string step, Exception inner)
    : Exception($"Data migration {migration}.{step} failed: {inner.Message}. Its version and the content definitions were left as they were.", inner)
{
    public string Migration { get; } = migration;
    public string Step { get; } = step;
}
