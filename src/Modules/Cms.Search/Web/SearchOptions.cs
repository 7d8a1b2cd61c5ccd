namespace Cms.Search.Web;

/// <summary><c>Cms:Search</c>: the type whose items are offered as the "thematic track" filter of the search page.</summary>
public sealed class SearchOptions
{
    public string ReferenceFilterType { get; set; } = "Theme";
    public string ReferenceFilterLabel { get; set; } = "Thématique";
    public int PageSize { get; set; } = 10;
}
