namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// The field and part kinds registered by the modules (<see cref="ContentKindServiceCollectionExtensions.AddContentField{TField}"/>,
/// <see cref="ContentKindServiceCollectionExtensions.AddContentPart{TPart}"/>). One instance per application, filled
/// while services are configured and read-only afterwards.
/// </summary>
public sealed class ContentKindCatalog
{
    private readonly Dictionary<string, ContentKind> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentKind> _parts = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ContentKind> Fields => _fields.Values;
    public IReadOnlyCollection<ContentKind> Parts => _parts.Values;

    /// <summary>The field kind named <paramref name="name"/> (the <c>FieldName</c> of a field definition), or null when no module registered it.</summary>
    public ContentKind? Field(string? name) => name is not null && _fields.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The part kind named <paramref name="name"/> (e.g. <c>TitlePart</c>), or null when no module registered it.</summary>
    public ContentKind? Part(string? name) => name is not null && _parts.TryGetValue(name, out var kind) ? kind : null;

    internal ContentKind GetOrAdd(string name, ContentKindCategory category, Type modelType)
    {
        var kinds = category == ContentKindCategory.Field ? _fields : _parts;
        if (kinds.TryGetValue(name, out var existing))
        {
            if (existing.ModelType != modelType)
            {
                throw new InvalidOperationException(
                    $"{category} kind '{name}' is registered with model {existing.ModelType.FullName} and again with {modelType.FullName}: a kind has one model.");
            }
            return existing;
        }
        var kind = new ContentKind(name, category, modelType);
        kinds[name] = kind;
        return kind;
    }
}
