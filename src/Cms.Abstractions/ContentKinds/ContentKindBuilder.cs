using Cms.Abstractions.Editing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// Adds what a kind brings, one role at a time. Each role (settings, display driver, editor, index provider, text extractor) is given
/// once: giving it twice, by the same module or by two, throws at start with both types named.
/// </summary>
public sealed class ContentKindBuilder
{
    private readonly IServiceCollection _services;

    internal ContentKindBuilder(IServiceCollection services, ContentKind kind)
    {
        _services = services;
        Kind = kind;
    }

    public ContentKind Kind { get; }

    /// <summary>The settings class of the kind, stored in the definitions under its class name (Orchard's convention).</summary>
    public ContentKindBuilder WithSettings<TSettings>() where TSettings : class, new()
    {
        Kind.SettingsType = Once(Kind.SettingsType, typeof(TSettings), "settings");
        return this;
    }

    /// <summary>Builds the shapes of the kind for the site (see <see cref="IContentDisplayDriver"/>).</summary>
    public ContentKindBuilder UseDisplayDriver<TDriver>() where TDriver : class, IContentDisplayDriver
    {
        Kind.DisplayDriverType = Once(Kind.DisplayDriverType, typeof(TDriver), "display driver");
        _services.TryAddScoped<TDriver>();
        return this;
    }

    /// <summary>Shows and reads the kind in the back office's edit form (see <see cref="IContentEditor"/>).</summary>
    public ContentKindBuilder UseEditor<TEditor>() where TEditor : class, IContentEditor
    {
        Kind.EditorType = Once(Kind.EditorType, typeof(TEditor), "editor");
        _services.TryAddScoped<TEditor>();
        return this;
    }

    /// <summary>Gives the values queries sort and filter on (see <see cref="IContentIndexProvider"/>).</summary>
    /// <param name="provides">What the provider gives, so that the core finds the fields it can filter on without
    /// naming their kinds: <see cref="IndexValueKind.Date"/> (the content list's date filter),
    /// <see cref="IndexValueKind.Reference"/> (its term filter, referencing-item listings).</param>
    public ContentKindBuilder UseIndexProvider<TProvider>(params IndexValueKind[] provides) where TProvider : class, IContentIndexProvider
    {
        Kind.IndexProviderType = Once(Kind.IndexProviderType, typeof(TProvider), "index provider");
        Kind.Provides = [.. Kind.Provides.Union(provides)];
        _services.TryAddSingleton<TProvider>();
        return this;
    }

    /// <summary>What text, dates and referenced items the kind contributes to full-text search (see <see cref="IContentTextExtractor"/>).</summary>
    public ContentKindBuilder UseTextExtractor<TExtractor>() where TExtractor : class, IContentTextExtractor
    {
        Kind.TextExtractorType = Once(Kind.TextExtractorType, typeof(TExtractor), "text extractor");
        _services.TryAddSingleton<TExtractor>();
        return this;
    }

    /// <summary>The part's JSON holds nested content items under <paramref name="property"/> (see <see cref="ContentKind.NestedItemsProperty"/>).</summary>
    public ContentKindBuilder HoldsItems(string property)
    {
        if (Kind.NestedItemsProperty is { } current && current != property)
        {
            throw new InvalidOperationException($"{Kind}: its nested items are declared under '{current}' and again under '{property}'.");
        }
        Kind.NestedItemsProperty = property;
        return this;
    }

    private Type Once(Type? current, Type given, string role) =>
        current is null || current == given
            ? given
            : throw new InvalidOperationException(
                $"{Kind}: the {role} is registered twice ({current.FullName} and {given.FullName}); one module owns each role of a kind.");
}
