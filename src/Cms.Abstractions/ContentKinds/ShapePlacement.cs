using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// One placement rule, as Orchard's placement.json: where the shape <see cref="Shape"/> goes (<c>"Aside:2"</c>) or
/// <c>"-"</c> to hide it, optionally only in one display type and one content type. A rule overrides the placement
/// the shape's driver chose; a hidden shape's driver is not even called.
/// </summary>
public sealed record ShapePlacementRule(string Shape, string Location, string? DisplayType = null, string? ContentType = null)
{
    public const string Hidden = "-";

    /// <summary>Content type and display type both given beat one given, which beats none.</summary>
    internal int Specificity => (DisplayType is null ? 0 : 1) + (ContentType is null ? 0 : 2);
}

/// <summary>The placement rules the modules registered (<see cref="ShapePlacementServiceCollectionExtensions.AddShapePlacement"/>).</summary>
public sealed class ShapePlacementOptions
{
    private readonly List<ShapePlacementRule> _rules = [];
    private Dictionary<string, List<ShapePlacementRule>>? _byShape;

    public void Add(ShapePlacementRule rule)
    {
        _rules.Add(rule);
        _byShape = null;
    }

    /// <summary>The most specific rule for <paramref name="shape"/> of an item of <paramref name="contentType"/> in
    /// <paramref name="displayType"/> (the last registered among equals), or null.</summary>
    public ShapePlacementRule? Find(string shape, string contentType, string displayType)
    {
        var byShape = _byShape ??= _rules.GroupBy(r => r.Shape, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (!byShape.TryGetValue(shape, out var rules)) return null;
        ShapePlacementRule? best = null;
        foreach (var rule in rules)
        {
            if (rule.DisplayType is not null && !string.Equals(rule.DisplayType, displayType, StringComparison.Ordinal)) continue;
            if (rule.ContentType is not null && !string.Equals(rule.ContentType, contentType, StringComparison.Ordinal)) continue;
            if (best is null || rule.Specificity >= best.Specificity) best = rule;
        }
        return best;
    }
}

public static class ShapePlacementServiceCollectionExtensions
{
    /// <summary>
    /// Places the shape named <paramref name="shape"/> (<c>Review-Rating</c>, <c>TitlePart</c>) at
    /// <paramref name="location"/> (<c>"Zone:position"</c>, or <c>"-"</c> to hide it), in every display type and content
    /// type unless <paramref name="displayType"/> / <paramref name="contentType"/> narrow it:
    /// <c>services.AddShapePlacement("Review-Rating", "-")</c>, <c>services.AddShapePlacement("Reviews", "Aside:2", "Detail", "Product")</c>.
    /// </summary>
    public static IServiceCollection AddShapePlacement(this IServiceCollection services, string shape, string location,
        string? displayType = null, string? contentType = null)
    {
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(ShapePlacementOptions))?.ImplementationInstance as ShapePlacementOptions;
        if (options is null)
        {
            options = new ShapePlacementOptions();
            services.AddSingleton(options);
        }
        options.Add(new ShapePlacementRule(shape, location, displayType, contentType));
        return services;
    }
}
