using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.ContentKinds;

public static class ContentKindServiceCollectionExtensions
{
    /// <summary>
    /// Registers the field kind <typeparamref name="TField"/> under its class name (e.g. <c>MyField</c>), the name a
    /// content definition gives as the field's <c>FieldName</c>:
    /// <c>services.AddContentField&lt;MyField&gt;().WithSettings&lt;MyFieldSettings&gt;().UseDisplayDriver&lt;…&gt;().UseEditor&lt;…&gt;()</c>.
    /// </summary>
    public static ContentKindBuilder AddContentField<TField>(this IServiceCollection services) where TField : class =>
        services.AddContentKind(typeof(TField).Name, ContentKindCategory.Field, typeof(TField));

    /// <summary>
    /// Registers the part kind <typeparamref name="TPart"/> under its class name (e.g. <c>TitlePart</c>). A part kind the
    /// core relies on may be registered by each project owning one of its roles (the display by Cms.Display, the
    /// editor by Cms.Admin); each role is still given once.
    /// </summary>
    public static ContentKindBuilder AddContentPart<TPart>(this IServiceCollection services) where TPart : class =>
        services.AddContentPart(typeof(TPart).Name, typeof(TPart));

    /// <summary>A part kind whose model is not a class named after it (e.g. <c>BagPart</c>, read through extension methods).</summary>
    public static ContentKindBuilder AddContentPart(this IServiceCollection services, string name, Type modelType) =>
        services.AddContentKind(name, ContentKindCategory.Part, modelType);

    /// <summary>The application's catalog of kinds, created with the first registration.</summary>
    public static ContentKindCatalog ContentKinds(this IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ContentKindCatalog))?.ImplementationInstance is ContentKindCatalog catalog)
        {
            return catalog;
        }
        catalog = new ContentKindCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }

    private static ContentKindBuilder AddContentKind(this IServiceCollection services, string name, ContentKindCategory category, Type modelType) =>
        new(services, services.ContentKinds().GetOrAdd(name, category, modelType));
}
