using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin;
using Cms.Admin.Security;
using Cms.Lists.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Lists.Pages.Admin.Lists;

/// <summary>
/// The items of a container that orders them by hand (<c>ListPartSettings.EnableOrdering</c>), in their order, each
/// moved up or down by a button. A move numbers the items again 0, 1, 2… and writes the new <c>ContainedPart.Order</c>
/// into the changed items' current versions (latest and published) in place, in one transaction, as Orchard's container
/// service does: a reorder is no new version of the items (the audit trail records each replaced version).
/// </summary>
public sealed class OrderModel(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    ContentAuthorizer authorizer,
    ContainedItems contained) : PageModel
{
    /// <summary>More than this and the page says so: ordering by hand is for short lists (a menu, a course's chapters).</summary>
    public const int MaxItems = 500;

    [BindProperty(SupportsGet = true)] public string ListId { get; set; } = "";
    public string ContainerTitle { get; private set; } = "";
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];
    public bool TooMany { get; private set; }
    [TempData] public string? Message { get; set; }

    public static string PageUrl(string listId) => $"/admin/listes/{Uri.EscapeDataString(listId)}/ordre";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        return Page();
    }

    /// <param name="move"><c>up:{id}</c> or <c>down:{id}</c>, the button pressed.</param>
    public async Task<IActionResult> OnPostAsync(string? move, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (TooMany) return Page();
        var (direction, id) = move?.Split(':', 2) is [var d, var i] ? (d, i) : ("", "");
        var order = Items.ToList();
        var index = order.FindIndex(i => i.ContentItemId == id);
        var target = direction == "up" ? index - 1 : direction == "down" ? index + 1 : -1;
        if (index < 0 || target < 0 || target >= order.Count) return Redirect(PageUrl(ListId));
        (order[index], order[target]) = (order[target], order[index]);

        var changed = new List<ContentItem>();
        for (var position = 0; position < order.Count; position++)
        {
            var item = order[position];
            if (item.As<ContainedPart>() is { } part && part.Order == position) continue;
            if (!await authorizer.CanAsync(User, ContentAction.Edit, item)) return Forbid();
            changed.Add(WithOrder(item, position));
            // The published version, when a draft follows it, takes the order too: the public list changes now.
            if (!item.Published && await contentManager.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is { } published)
            {
                changed.Add(WithOrder(published, position));
            }
        }
        await contentManager.ImportAsync(changed, cancellationToken);
        var moved = order[target];
        Message = $"« {moved.DisplayText ?? moved.ContentItemId} » a été déplacé {(direction == "up" ? "vers le haut" : "vers le bas")}.";
        return Redirect(PageUrl(ListId));
    }

    private static ContentItem WithOrder(ContentItem item, int position)
    {
        var copy = item.Clone();
        var part = copy.As<ContainedPart>() ?? new ContainedPart();
        part.Order = position;
        copy.Apply(part);
        return copy;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var container = await contentManager.GetAsync(ListId, VersionOptions.Latest, cancellationToken);
        if (container is null) return NotFound();
        var settings = await ContainedItems.SettingsAsync(definitions, container.ContentType, cancellationToken);
        if (settings is not { EnableOrdering: true }) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, container)) return Forbid();
        ContainerTitle = container.DisplayText ?? container.ContentItemId;
        var page = await contained.ListAsync(ListId, settings, 1, ContentStatus.Latest, pageSize: MaxItems + 1, cancellationToken);
        TooMany = page.Total > MaxItems;
        Items = page.Items.Take(MaxItems).ToList();
        return null;
    }
}
