using Cms.Abstractions.Data;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Cms.Data.Services;

namespace Cms.ContentManagement.Commands;

/// <summary><c>migrate</c>: applies pending schema and data migrations and prints those this run applied.</summary>
public sealed class MigrateCommand(IStoreInitializer store, IDataMigrationManager migrations, MigrationJournal journal) : ICommand
{
    public string Name => "migrate";

    public string Usage => "applies the pending migrations (database schema and data) and lists them";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await output.WriteLineAsync($"migrate ne prend pas d'argument (reçu : {string.Join(' ', args)}).");
            return ExitCodes.UsageError;
        }
        // The host usually ran them already at start: the journal holds what this process applied either way.
        await store.InitializeAsync(cancellationToken);
        await migrations.RunPendingAsync(cancellationToken);
        var entries = journal.Entries;
        if (entries.Count == 0)
        {
            await output.WriteLineAsync("Base à jour : aucune migration en attente.");
            return ExitCodes.Success;
        }
        await output.WriteLineAsync($"{entries.Count} migration(s) appliquée(s) :");
        foreach (var entry in entries) await output.WriteLineAsync($"  {entry}");
        return ExitCodes.Success;
    }
}
