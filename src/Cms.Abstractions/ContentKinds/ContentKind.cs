namespace Cms.Abstractions.ContentKinds;

/// <summary>Whether a kind is a field (inside a part, e.g. a text field) or a part (inside a type, e.g. <c>TitlePart</c>).</summary>
public enum ContentKindCategory { Field, Part }

/// <summary>
/// Everything one field or part kind brings, as registered by the module that owns it: the model (the JSON shape
/// under the field or part, read with <c>GetField&lt;T&gt;</c>/<c>As&lt;T&gt;</c>), its settings class (keyed by class name in
/// the definitions), its display driver, its back-office editor, its index provider and its text extractor. The core iterates these and
/// names no kind.
/// </summary>
public sealed class ContentKind
{
    public ContentKind(string name, ContentKindCategory category, Type modelType)
    {
        Name = name;
        Category = category;
        ModelType = modelType;
    }

    /// <summary>The name written in the content definitions (<c>FieldName</c> of a field, <c>PartName</c> of a part).</summary>
    public string Name { get; }
    public ContentKindCategory Category { get; }
    public Type ModelType { get; }
    public Type? SettingsType { get; internal set; }
    /// <summary>An <see cref="IContentDisplayDriver"/>, resolved from the request's services.</summary>
    public Type? DisplayDriverType { get; internal set; }
    /// <summary>An <see cref="Editing.IContentEditor"/>, resolved from the request's services.</summary>
    public Type? EditorType { get; internal set; }
    /// <summary>An <see cref="IContentIndexProvider"/>, resolved from the root services (it must be stateless).</summary>
    public Type? IndexProviderType { get; internal set; }
    /// <summary>An <see cref="IContentTextExtractor"/>, resolved from the root services (it must be stateless).</summary>
    public Type? TextExtractorType { get; internal set; }
    /// <summary>
    /// For a part kind holding nested content items (BagPart's <c>ContentItems</c>, FlowPart's <c>Widgets</c>): the
    /// property of the part's JSON that holds them, so that what walks an item's parts (the HTML sanitizer…) walks its
    /// nested items too, each with its own type's definition. Null for the other kinds.
    /// </summary>
    public string? NestedItemsProperty { get; internal set; }
    /// <summary>The kinds of values its index provider gives (declared with it).</summary>
    public IReadOnlyList<IndexValueKind> Provides { get; internal set; } = [];

    public override string ToString() => $"{Category} kind {Name}";
}
