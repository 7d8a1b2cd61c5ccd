using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Display.Listing;
using Cms.Taxonomies.Indexing;
using Cms.Taxonomies.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Taxonomies.Display;

/// <summary>
/// A term's page (its welded <c>TermPart</c>, on Detail): one page (<c>?page=N</c>) of the published items carrying the
/// term in any TaxonomyField, newest first, as summaries, with the DSFR pagination; a page past the last is a 404. The
/// page is tagged with its taxonomy and the types that have a TaxonomyField, so that a change evicts it.
/// </summary>
public sealed class TermPartDisplayDriver(IServiceProvider services) : ShapeDisplayDriver
{
    public const int PageSize = 10;

    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        if (context.DisplayType != "Detail") return false;
        var request = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        var page = ReferencedItemDisplay.RequestedPage(request);
        var items = await services.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery
        {
            PickerPart = TaxonomyFieldIndexProvider.SharedPart,
            PickerField = TaxonomyFieldIndexProvider.SharedField,
            PickedAnyOf = [context.Item.ContentItemId],
            Sort = ContentSort.PublishedDesc,
            Page = page,
            PageSize = PageSize,
        }, context.CancellationToken);
        var meta = context.Meta;
        if (page > 1 && page > items.PageCount) meta.StatusCode = StatusCodes.Status404NotFound;
        ReferencedItemDisplay.RecognisePage(request, page, meta);
        var renderer = services.GetRequiredService<IPageRenderer>();
        var rendered = new List<string>(items.Items.Count);
        foreach (var item in items.Items)
        {
            rendered.Add(await renderer.RenderContentAsync(item, "Summary", null, context.CancellationToken));
            meta.ContentItemIds.Add(item.ContentItemId);
        }
        if (context.Value["TaxonomyContentItemId"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var taxonomyId))
        {
            meta.ContentItemIds.Add(taxonomyId);
            var taxonomy = (await context.LoadItemsAsync([taxonomyId])).FirstOrDefault();
            if (taxonomy is not null && meta.Breadcrumbs.Count == 0)
            {
                var taxonomyUrl = taxonomy.As<AutoroutePart>()?.Path is { Length: > 0 } p ? "/" + p.Trim('/') : null;
                meta.Breadcrumbs.Add(new Breadcrumb(taxonomy.DisplayText ?? "", taxonomyUrl));
                meta.Breadcrumbs.Add(new Breadcrumb(context.Item.DisplayText ?? "", null));
            }
        }
        foreach (var type in await TypesWithTaxonomyFieldsAsync(context.CancellationToken)) meta.ContentTypes.Add(type);
        meta.Description ??= $"Les contenus classés « {context.Item.DisplayText} ».";

        var path = request?.Path.Value ?? "/";
        shape.With("Items", rendered).With("Total", items.Total)
            .With("Pagination", ListingPagination.Build(items.Page, items.PageCount,
                n => n == 1 ? path : $"{path}?{ReferencedItemDisplay.PageKey}={n.ToString(CultureInfo.InvariantCulture)}"));
        if (page > 1) meta.CanonicalPath = $"{path}?{ReferencedItemDisplay.PageKey}={page.ToString(CultureInfo.InvariantCulture)}";
        shape.Location("Content:10");
        return true;
    }

    private async Task<IEnumerable<string>> TypesWithTaxonomyFieldsAsync(CancellationToken cancellationToken)
    {
        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        var types = new List<string>();
        foreach (var type in await definitions.ListTypeDefinitionsAsync(cancellationToken))
        {
            foreach (var typePart in type.ContentTypePartDefinitionRecords)
            {
                var part = await definitions.GetPartDefinitionAsync(typePart.PartName, cancellationToken);
                if (part?.ContentPartFieldDefinitionRecords.Any(f => f.FieldName == "TaxonomyField") == true)
                {
                    types.Add(type.Name);
                    break;
                }
            }
        }
        return types;
    }
}

/// <summary>A taxonomy's page (its <c>TaxonomyPart</c>, on Detail): its terms, nested, each linking to its page.</summary>
public sealed class TaxonomyPartDisplayDriver : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        if (context.DisplayType != "Detail") return false;
        var terms = TaxonomyTerms.Flatten(context.Item)
            .Select(t => new Dictionary<string, object?> { ["Name"] = t.Name, ["Url"] = t.Url, ["Depth"] = t.Depth })
            .ToList();
        shape.With("Terms", terms);
        shape.Location("Content:10");
        return true;
    }
}

/// <summary>
/// A TaxonomyField in Detail and Summary: the names of its terms, each linking to the term's page (DSFR tags),
/// read from the published taxonomy; terms no longer in it are left out.
/// </summary>
public sealed class TaxonomyFieldDisplayDriver : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        var ids = context.Value["TermContentItemIds"] is System.Text.Json.Nodes.JsonArray a
            ? a.Select(i => i is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];
        var taxonomyId = context.Value["TaxonomyContentItemId"] is System.Text.Json.Nodes.JsonValue t && t.TryGetValue<string>(out var tid) ? tid
            : context.Settings.Get<TaxonomyFieldSettings>().TaxonomyContentItemId;
        if (ids.Count == 0 || string.IsNullOrEmpty(taxonomyId)) return false;
        var taxonomy = (await context.LoadItemsAsync([taxonomyId])).FirstOrDefault();
        if (taxonomy is null) return false;
        context.Meta.ContentItemIds.Add(taxonomy.ContentItemId);
        var byId = TaxonomyTerms.Flatten(taxonomy).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var terms = ids.Where(byId.ContainsKey).Select(id => new Dictionary<string, object?> { ["Name"] = byId[id].Name, ["Url"] = byId[id].Url }).ToList();
        if (terms.Count == 0) return false;
        shape.With("Terms", terms);
        return true;
    }
}
