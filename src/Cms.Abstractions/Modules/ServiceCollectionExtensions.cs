using Cms.Abstractions.Content;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Modules;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers a data migration class (run by <see cref="IDataMigrationManager"/>).</summary>
    public static IServiceCollection AddDataMigration<T>(this IServiceCollection services) where T : DataMigration =>
        services.AddScoped<DataMigration, T>();

    public static IServiceCollection AddCommand<T>(this IServiceCollection services) where T : class, ICommand =>
        services.AddScoped<ICommand, T>();

    public static IServiceCollection AddRecipeStep<T>(this IServiceCollection services) where T : class, IRecipeStepHandler =>
        services.AddScoped<IRecipeStepHandler, T>();

    public static IServiceCollection AddContentHandler<T>(this IServiceCollection services) where T : class, IContentHandler =>
        services.AddScoped<IContentHandler, T>();
}
