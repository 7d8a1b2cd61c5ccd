using System.Text.Json.Nodes;
using Cms.Abstractions.ContentKinds;

namespace Cms.Taxonomies.Indexing;

/// <summary>
/// Each term a TaxonomyField holds, once, under the field (filters on one field) and under the key every TaxonomyField
/// shares, <c>TaxonomyField</c>/<c>Terms</c> (a term's page lists the items carrying it, whatever field holds it).
/// </summary>
public sealed class TaxonomyFieldIndexProvider : IContentIndexProvider
{
    public const string SharedPart = "TaxonomyField";
    public const string SharedField = "Terms";

    public IEnumerable<IndexValue> Index(ContentIndexContext context)
    {
        if (context.Value?["TermContentItemIds"] is not JsonArray ids) yield break;
        foreach (var id in ids.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                     .Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
        {
            yield return IndexValue.Reference(id!);
            yield return IndexValue.Reference(id!).Under(SharedPart, SharedField);
        }
    }
}
