namespace Cms.Taxonomies.Models;

/// <summary>
/// A taxonomy's terms, as Orchard Core stores them: <c>{ "TermContentType": "Tag", "Terms": [ full term items ] }</c>,
/// each term a nested content item (with its TitlePart, AutoroutePart, TermPart…) whose children, if any, are in its
/// own <c>Terms</c> array.
/// </summary>
public static class TaxonomyPart
{
    public const string Name = "TaxonomyPart";
}

/// <summary>Welded on a term: <c>{ "TaxonomyContentItemId": "…" }</c>.</summary>
public sealed class TermPart
{
    public const string Name = nameof(TermPart);
    public string? TaxonomyContentItemId { get; set; }
}

/// <summary>
/// The terms an item carries: <c>{ "TaxonomyContentItemId": "…", "TermContentItemIds": [ "…" ] }</c> (and, in tags mode,
/// <c>"TagNames"</c>: the terms' names when saved).
/// </summary>
public sealed class TaxonomyField
{
    public string? TaxonomyContentItemId { get; set; }
    public string[] TermContentItemIds { get; set; } = [];
    public string[]? TagNames { get; set; }
}

/// <summary>Orchard Core's TaxonomyFieldSettings: the taxonomy, one term at most, leaves only, editors may add terms.</summary>
public sealed class TaxonomyFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string? TaxonomyContentItemId { get; set; }
    public bool Unique { get; set; }
    public bool LeavesOnly { get; set; }
    public bool Open { get; set; }
}

/// <summary>The tags editor's settings (Orchard's <c>TaxonomyFieldTagsEditorSettings</c>): its presence, or the editor <c>Tags</c>, turns tags mode on.</summary>
public sealed class TaxonomyFieldTagsEditorSettings
{
    public bool Open { get; set; }
}
