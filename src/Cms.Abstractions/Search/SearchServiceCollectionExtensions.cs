using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Abstractions.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers what a part or field kind contributes to the search index (one extractor per kind; a later registration of the same kind wins).</summary>
    public static IServiceCollection AddSearchTextExtractor<T>(this IServiceCollection services) where T : class, ISearchTextExtractor
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISearchTextExtractor, T>());
        return services;
    }
}
