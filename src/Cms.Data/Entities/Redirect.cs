namespace Cms.Data.Entities;

/// <summary>Where a redirect comes from (shown in the back office).</summary>
public enum RedirectOrigin
{
    /// <summary>Added or edited by someone in « Redirections » (or its CSV import).</summary>
    Manual,
    /// <summary>Made when an item's page address changed.</summary>
    PathChange,
    /// <summary>The URL the Jekyll site gave an imported document, when it differs from the item's address.</summary>
    Jekyll,
    /// <summary>A <c>redirect_from:</c> entry of an imported document's front matter.</summary>
    RedirectFrom,
}

/// <summary>
/// An old address that answers <c>301</c> to a new one. <see cref="FromPath"/> is a site path without trailing slash
/// (<c>/agenda/ancien-nom</c>), decoded, unique ignoring case; <see cref="ToPath"/> is a site path or an absolute URL.
/// </summary>
public class Redirect
{
    public long Id { get; set; }
    public string FromPath { get; set; } = "";
    /// <summary><see cref="FromPath"/> in lowercase: the unique key (two old addresses differing only by case are one).</summary>
    public string FromKey { get; set; } = "";
    public string ToPath { get; set; } = "";
    public RedirectOrigin Origin { get; set; }
    /// <summary>The item whose address this leads to, when known (automatic redirects).</summary>
    public string? ContentItemId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// The page address an item was last published at, so that a change of address is noticed after the commit and the
/// old address redirected (<see cref="RedirectOrigin.PathChange"/>).
/// </summary>
public class PublishedPath
{
    public string ContentItemId { get; set; } = "";
    public string Path { get; set; } = "";
}
