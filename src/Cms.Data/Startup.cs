using Cms.Abstractions.Data;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Settings;
using Cms.Data.Configuration;
using Cms.Data.Locking;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Data;

/// <summary>
/// Registers the store: <see cref="CmsDbContext"/> on the configured provider, <see cref="CmsDataOptions"/>,
/// <see cref="IUnitOfWork"/> (and <see cref="StoreUnitOfWork"/>), <see cref="IStoreInitializer"/> and
/// <see cref="ISiteSettingsStore"/>, and the <see cref="IDistributedLock"/> of the provider. A bad configuration fails here, naming the key.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddCmsData(CmsDataOptions.FromConfiguration(configuration));
}

public static class CmsDataServiceCollectionExtensions
{
    public static IServiceCollection AddCmsData(this IServiceCollection services, CmsDataOptions options)
    {
        services.AddSingleton(options);
        // The context's options are built once (they depend on nothing scoped), not for every scope that opens a context.
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<CmsDbContext, SqliteCmsDbContext>(o => ConfigureSqlite(o, options.ConnectionString),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddSingleton<IDistributedLock, ProcessLock>();
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<CmsDbContext, PostgresCmsDbContext>(o => ConfigurePostgres(o, options.ConnectionString),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddSingleton<IDistributedLock>(new PostgresAdvisoryLock(options.ConnectionString));
                break;
        }
        services.AddSingleton<MigrationJournal>();
        services.AddScoped<StoreUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<StoreUnitOfWork>());
        services.AddScoped<IStoreInitializer, StoreInitializer>();
        services.AddScoped<ISiteSettingsStore, SiteSettingsStore>();
        services.AddScoped<IDocumentStore, DocumentStore>();
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(new SqlitePragmaInterceptor());

    internal static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);
}
