using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Display.Listing;
using Cms.Display.Rendering;
using Cms.Lists.Feeds;
using Cms.Lists.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Lists.Display;

/// <summary>
/// A container's <c>ListPart</c> on its page (Detail): one page (<c>?page=N</c>) of its published items, newest first
/// (or in the editors' order), each rendered as a Summary, with the DSFR pagination and the link to the container's
/// Atom feed. A page past the last is a 404. The page is tagged with the contained types, so that publishing an item
/// evicts it from the output cache. Nothing in lists (Summary).
/// </summary>
public sealed class ListPartDisplayDriver(IServiceProvider services) : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        if (context.DisplayType != "Detail") return false;
        var settings = ContainedItems.Read(context.Settings);
        var request = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        var page = ReferencedItemDisplay.RequestedPage(request);
        var items = await services.GetRequiredService<ContainedItems>().ListAsync(context.Item.ContentItemId, settings, page, cancellationToken: context.CancellationToken);
        var meta = context.Meta;
        if (page > 1 && page > items.PageCount) meta.StatusCode = StatusCodes.Status404NotFound;
        ReferencedItemDisplay.RecognisePage(request, page, meta);

        // Resolved at call time: the renderer itself depends on the display drivers.
        var renderer = services.GetRequiredService<IPageRenderer>();
        var rendered = new List<string>(items.Items.Count);
        foreach (var item in items.Items)
        {
            rendered.Add(await renderer.RenderContentAsync(item, "Summary", null, context.CancellationToken));
            meta.ContentItemIds.Add(item.ContentItemId);
        }
        foreach (var type in settings.ContainedContentTypes) meta.ContentTypes.Add(type);

        var path = ContentPaths.UrlOf(context.Item) ?? request?.Path.Value ?? "/";
        shape.With("Items", rendered)
            .With("Total", items.Total)
            .With("Pagination", ListingPagination.Build(items.Page, items.PageCount,
                n => n == 1 ? path : $"{path}?{ReferencedItemDisplay.PageKey}={n.ToString(CultureInfo.InvariantCulture)}"));
        if (page > 1) meta.CanonicalPath = $"{path}?{ReferencedItemDisplay.PageKey}={page.ToString(CultureInfo.InvariantCulture)}";
        if (ContentPaths.UrlOf(context.Item) is { } url)
        {
            var feed = ListFeed.FeedPath(url);
            shape.With("FeedUrl", feed);
            meta.Alternates.Add(new AlternateLink(feed, "application/atom+xml", $"{context.Item.DisplayText} : flux Atom"));
        }
        shape.Location("Content:10");
        return true;
    }
}

/// <summary>
/// A contained item's <c>ContainedPart</c> on its page (Detail): the link back to its container, and the container in
/// the breadcrumb. Nothing in lists.
/// </summary>
public sealed class ContainedPartDisplayDriver : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        if (context.DisplayType != "Detail") return false;
        var listId = context.Value[nameof(ContainedPart.ListContentItemId)]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(listId)) return false;
        var container = (await context.LoadItemsAsync([listId])).FirstOrDefault();
        if (container is null || ContentPaths.UrlOf(container) is not { } url) return false;
        context.Meta.ContentItemIds.Add(container.ContentItemId);
        if (context.Meta.Breadcrumbs.Count == 0)
        {
            context.Meta.Breadcrumbs.Add(new Breadcrumb(container.DisplayText ?? "", url));
            context.Meta.Breadcrumbs.Add(new Breadcrumb(context.Item.DisplayText ?? "", null));
        }
        shape.With("ContainerUrl", url).With("ContainerTitle", container.DisplayText);
        shape.Location("Content:20");
        return true;
    }
}
