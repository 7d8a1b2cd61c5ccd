using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Caching;
using Cms.Taxonomies.Models;

namespace Cms.Taxonomies.Routing;

/// <summary>
/// Term pages: <c>tags/earth</c> is the term whose path is <c>earth</c> (or <c>tags/earth</c>) in the published
/// taxonomy at <c>tags</c>. The term is shown as an item of its own type (<c>Content-Tag.Detail</c>), published with its
/// taxonomy, its TermPart welded on (its page lists the items carrying it, see <c>TermPartDisplayDriver</c>).
/// </summary>
public sealed class TermRouteResolver(PublishedContent published) : IContentRouteResolver
{
    public async Task<ContentItem?> ResolveAsync(string path, CancellationToken cancellationToken)
    {
        // The taxonomy's path is a prefix of the term's: try each, longest first (published items are cached).
        for (var cut = path.LastIndexOf('/'); cut > 0; cut = path.LastIndexOf('/', cut - 1))
        {
            var taxonomy = await published.GetByPathAsync(path[..cut], cancellationToken);
            if (taxonomy is not { Published: true } || taxonomy.GetPart(TaxonomyPart.Name) is null) continue;
            var node = TaxonomyTerms.Flatten(taxonomy).FirstOrDefault(t => t.Path == path);
            if (node is null) return null;
            var term = node.Term.Clone();
            term.Published = true;
            term.Latest = true;
            term.PublishedUtc ??= taxonomy.PublishedUtc;
            term.ModifiedUtc ??= taxonomy.ModifiedUtc;
            term.Apply(new AutoroutePart { Path = path });
            var termPart = term.As<TermPart>() ?? new TermPart();
            termPart.TaxonomyContentItemId = taxonomy.ContentItemId;
            term.Apply(termPart);
            return term;
        }
        return null;
    }
}
