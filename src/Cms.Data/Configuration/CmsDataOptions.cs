using Microsoft.Extensions.Configuration;

namespace Cms.Data.Configuration;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Where the data lives, read from configuration: <c>Cms:DataDirectory</c> (default <c>App_Data</c>, relative to the
/// content root, created when missing), <c>Cms:Database:Provider</c> (<c>Sqlite</c> default, or <c>Postgres</c>) and
/// <c>ConnectionStrings:Cms</c> (for SQLite, default <c>Data Source={DataDirectory}/cms.db</c>). With several nodes,
/// <c>Cms:SharedDirectory</c> names a directory every node reads and writes (a network share), holding the uploads
/// waiting for confirmation and, unless <c>Cms:Media:Root</c> points elsewhere, the media store (both unless the
/// S3 media provider keeps them in its bucket).
/// </summary>
public sealed class CmsDataOptions
{
    public const string DataDirectoryKey = "Cms:DataDirectory";
    public const string ProviderKey = "Cms:Database:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:Cms";
    public const string SharedDirectoryKey = "Cms:SharedDirectory";
    public const string MediaRootKey = "Cms:Media:Root";
    public const string CompiledModelKey = "Cms:Database:CompiledModel:Enabled";

    public required DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    /// <summary>
    /// The EF model comes precompiled (<c>CompiledModels/</c>) instead of being built from <c>OnModelCreating</c> at
    /// each start: <c>Cms:Database:CompiledModel:Enabled</c>, on unless <c>false</c>.
    /// </summary>
    public bool CompiledModel { get; init; } = true;
    /// <summary>Absolute path of the data directory.</summary>
    public required string DataDirectory { get; init; }
    /// <summary>Absolute path of the directory shared by every node (the data directory unless configured).</summary>
    public string SharedDirectory { get; init; } = "";
    /// <summary>Absolute path of the media store: <c>Cms:Media:Root</c>, else <c>{SharedDirectory}/media</c>.</summary>
    public string MediaDirectory => MediaRoot ?? Path.Combine(Shared, "media");
    /// <summary>Absolute path given by <c>Cms:Media:Root</c>, or null.</summary>
    public string? MediaRoot { get; init; }
    /// <summary>Absolute path of this node's working copies of the uploads waiting for confirmation (extracted zips).</summary>
    public string TransferDirectory => Path.Combine(DataDirectory, "tmp", "transfer");
    /// <summary>Absolute path of the private files every node reads (the uploads waiting for confirmation) when they are kept in a directory.</summary>
    public string SharedFilesDirectory => Path.Combine(Shared, "tmp", "shared");

    private string Shared => string.IsNullOrEmpty(SharedDirectory) ? DataDirectory : SharedDirectory;

    /// <summary>Reads and checks the configuration; throws <see cref="InvalidOperationException"/> naming the key at fault.</summary>
    public static CmsDataOptions FromConfiguration(IConfiguration configuration, string? contentRoot = null)
    {
        contentRoot ??= configuration["contentRoot"] ?? Directory.GetCurrentDirectory();
        var dataDirectory = configuration[DataDirectoryKey];
        if (string.IsNullOrWhiteSpace(dataDirectory)) dataDirectory = "App_Data";
        dataDirectory = Path.GetFullPath(Path.Combine(contentRoot, dataDirectory));

        var providerText = configuration[ProviderKey];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Configuration '{ProviderKey}' = '{providerText}' is not a supported database provider: use 'Sqlite' or 'Postgres'.");
        }

        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    $"Configuration '{ProviderKey}' is 'Postgres' but '{ConnectionStringKey}' is empty: set the PostgreSQL connection string " +
                    "(environment variable ConnectionStrings__Cms).");
            }
            connectionString = $"Data Source={Path.Combine(dataDirectory, "cms.db")}";
        }

        return new CmsDataOptions
        {
            Provider = provider, ConnectionString = connectionString, DataDirectory = dataDirectory,
            SharedDirectory = Absolute(configuration[SharedDirectoryKey], contentRoot) ?? dataDirectory,
            MediaRoot = Absolute(configuration[MediaRootKey], contentRoot),
            CompiledModel = configuration.GetValue(CompiledModelKey, true),
        };
    }

    private static string? Absolute(string? path, string contentRoot) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(Path.Combine(contentRoot, path.Trim()));

    /// <summary>Creates the data directory (and the SQLite file's folder) when missing.</summary>
    public void EnsureDirectories()
    {
        Directory.CreateDirectory(DataDirectory);
        if (Provider == DatabaseProvider.Sqlite)
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:") Directory.CreateDirectory(folder);
        }
    }
}
