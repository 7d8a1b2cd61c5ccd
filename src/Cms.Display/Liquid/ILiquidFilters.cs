using Fluid;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Liquid;

/// <summary>
/// Filters a module gives the site's templates, added to the one set of template options at start
/// (<c>services.AddLiquidFilters&lt;T&gt;()</c>). A filter reads the request's services with
/// <see cref="LiquidServices.From"/> (e.g. to load content) and the page being rendered with <see cref="LiquidServices.Meta"/>.
/// </summary>
public interface ILiquidFilters
{
    void Register(TemplateOptions options);
}

public static class LiquidServices
{
    public const string ServicesKey = "Cms.Services";

    /// <summary>The services of the request being rendered.</summary>
    public static IServiceProvider From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(ServicesKey, out var services) && services is IServiceProvider provider
            ? provider
            : throw new InvalidOperationException("The template is not rendered by the site's page renderer.");

    /// <summary>The page's metadata (to record the items and types a filter read, for the output cache), or null.</summary>
    public static Cms.Abstractions.Display.PageMeta? Meta(TemplateContext context) =>
        context.GetValue("Meta")?.ToObjectValue() as Cms.Abstractions.Display.PageMeta;

    public static IServiceCollection AddLiquidFilters<T>(this IServiceCollection services) where T : class, ILiquidFilters =>
        services.AddSingleton<ILiquidFilters, T>();
}
