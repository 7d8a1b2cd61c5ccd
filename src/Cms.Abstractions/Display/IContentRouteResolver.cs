using Cms.Abstractions.Content;

namespace Cms.Abstractions.Display;

/// <summary>
/// Gives the site's catch-all content route an item for a path that no published item's <c>AutoroutePart.Path</c>
/// holds: an item nested in another one and routed through it, as Orchard's contained item routes (a taxonomy's terms
/// at <c>tags/earth</c>). Asked in registration order, after the published items and before the theme's pages and
/// the 404; the first item returned is shown in its Detail display inside the layout. Return null for any path that
/// is not yours, cheaply.
/// </summary>
public interface IContentRouteResolver
{
    /// <param name="path">The path without leading or trailing '/', e.g. <c>tags/earth</c>.</param>
    Task<ContentItem?> ResolveAsync(string path, CancellationToken cancellationToken);
}
