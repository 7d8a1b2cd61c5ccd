namespace Cms.Abstractions.Search;

/// <summary>
/// Settings of a type, a part in a type, or a field in a part (stored under <c>SearchSettings</c> in the definition):
/// whether its text is searchable, and how much a match in it counts.
/// </summary>
public sealed class SearchSettings
{
    public bool Searchable { get; set; } = true;
    /// <summary>Relative weight of a match (1 = body text); null takes the kind's <see cref="ContentKinds.IContentTextExtractor.Weight"/>.</summary>
    public float? Boost { get; set; }
}
