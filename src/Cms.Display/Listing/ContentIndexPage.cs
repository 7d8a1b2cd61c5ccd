using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Listing;

/// <summary>
/// An index page listing every published item of a type with its Summary template (<c>/thematiques</c>,
/// <c>/partenaires</c>): the page template gets <c>Model.Title</c>, <c>Model.Intro</c>, <c>Model.Items</c> (rendered
/// summaries) and <c>Model.Count</c>.
/// </summary>
public static class ContentIndexPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, string contentType, string template, string title, string intro, string path)
    {
        var services = http.RequestServices;
        var cancellationToken = http.RequestAborted;
        var renderer = services.GetRequiredService<IPageRenderer>();
        var items = await ReferencingItemsLoader.ListAllAsync(services.GetRequiredService<IContentQuery>(), contentType, cancellationToken);
        var summaries = new List<string>();
        foreach (var item in items)
        {
            summaries.Add(await renderer.RenderContentAsync(item, "Summary", null, cancellationToken));
        }
        var meta = new PageMeta { Title = title, Description = intro, CanonicalPath = path };
        meta.Breadcrumbs.Add(new Breadcrumb(title, null));
        meta.ContentTypes.Add(contentType);
        foreach (var item in items) meta.ContentItemIds.Add(item.ContentItemId);
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Title"] = title,
            ["Intro"] = intro,
            ["Items"] = summaries,
            ["Count"] = summaries.Count,
        };
        return await renderer.RenderPageResultAsync(template, model, meta, cancellationToken);
    }
}
