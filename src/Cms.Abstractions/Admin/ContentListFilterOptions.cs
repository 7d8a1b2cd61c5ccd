namespace Cms.Abstractions.Admin;

/// <summary>
/// What the back office's content list filters by, contributed by the modules that own the types
/// (<c>services.Configure&lt;ContentListFilterOptions&gt;(…)</c>): the type a date or term filter applies to when no
/// type is chosen, and the type whose items are offered as terms (a picker field of the filtered type that picks it).
/// Without them the list offers neither filter.
/// </summary>
public sealed class ContentListFilterOptions
{
    /// <summary>The type filtered by dates and terms when the editor chose none (e.g. the events).</summary>
    public string? DefaultFilteredType { get; set; }

    /// <summary>The type whose items the term filter offers (e.g. the thematic tracks).</summary>
    public string? TermType { get; set; }
}
