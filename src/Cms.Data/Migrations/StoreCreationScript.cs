using Cms.Data.Configuration;

namespace Cms.Data.Migrations;

/// <summary>
/// Every migration of a provider as one SQL script, <c>Migrations/{Provider}/CreateStore.sql</c> (embedded): the
/// tables, indexes and <c>__EFMigrationsHistory</c> rows that <c>MigrateAsync</c> writes, what a new store is created
/// from. EF generates a migration's SQL by building its target model, about a third of a second of a command's start
/// on a new data directory; the script is generated once by <c>dotnet ef migrations script --no-transactions</c>
/// (src/Cms.Data/README.md, "Changing the schema"), and <c>StoreCreationScriptTests</c> fails while it differs from
/// what the migrations generate.
/// </summary>
public static class StoreCreationScript
{
    public static string For(DatabaseProvider provider)
    {
        var name = $"Cms.Data.Migrations.{provider}.CreateStore.sql";
        using var stream = typeof(StoreCreationScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The store creation script {name} is not embedded in Cms.Data.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
