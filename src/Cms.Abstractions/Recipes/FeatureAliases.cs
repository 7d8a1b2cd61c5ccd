using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Recipes;

/// <summary>
/// An Orchard Core feature (or theme) id that an enabled module of ours provides, e.g. <c>OrchardCore.ContentFields</c>:
/// the recipe steps <c>feature</c> and <c>themes</c> report ids with an alias as enabled and the others as not available.
/// </summary>
public sealed record FeatureAlias(string OrchardId, string ModuleName);

public static class FeatureAliasServiceCollectionExtensions
{
    /// <summary>Declares that the calling module provides the Orchard Core features <paramref name="orchardIds"/>.</summary>
    public static IServiceCollection AddFeatureAliases(this IServiceCollection services, string moduleName, params string[] orchardIds)
    {
        foreach (var id in orchardIds)
        {
            services.AddSingleton(new FeatureAlias(id, moduleName));
        }
        return services;
    }
}
