using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin;
using Cms.Admin.Editors;
using Cms.Admin.Security;
using Cms.Lists.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Lists.Pages.Admin.Lists;

/// <summary>
/// Creates an item in a container (« Ajouter » on the container's edit page): a type the container's ListPart holds,
/// even one not creatable on its own (Orchard's BlogPost), with its <c>ContainedPart</c> pointing at the container
/// and placed last; then the same form and save as any new item.
/// </summary>
public sealed class CreateModel(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    ContentEditorService editors,
    ContentAuthorizer authorizer,
    ContainedItems contained) : PageModel
{
    [BindProperty(SupportsGet = true)] public string ListId { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Type { get; set; } = "";
    public ContentEditorView? Editor { get; private set; }
    public string ContainerTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken) is { } refused) return refused;
        var item = await NewAsync(cancellationToken);
        Editor = await editors.ViewAsync(item, User, isNew: true, baseVersionId: null, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken) is { } refused) return refused;
        var postedId = Request.Form["ContentItemId"].ToString();
        if (postedId.Length > 0 && await contentManager.GetAsync(postedId, VersionOptions.Latest, cancellationToken) is not null)
        {
            // Sent twice (back button, double click): the item exists, edit it instead of creating another.
            return Redirect(AdminRoutes.Edit(postedId));
        }
        var item = await NewAsync(cancellationToken);
        if (postedId.Length == 26 && postedId.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)))
        {
            item.ContentItemId = postedId;
        }
        try
        {
            var outcome = await editors.SubmitAsync(item, isNew: true, Request.Form, User, cancellationToken);
            if (outcome.Saved is { } saved)
            {
                TempData["Message"] = outcome.Message;
                return Redirect(AdminRoutes.Edit(saved.ContentItemId));
            }
            Editor = outcome.View;
            return Page();
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    private async Task<ContentItem> NewAsync(CancellationToken cancellationToken)
    {
        var item = await contentManager.NewAsync(Type, cancellationToken);
        var container = await contentManager.GetAsync(ListId, VersionOptions.Latest, cancellationToken);
        var settings = container is null ? null : await ContainedItems.SettingsAsync(definitions, container.ContentType, cancellationToken);
        // Placed after the items it joins when the container orders them by hand.
        var last = settings is { EnableOrdering: true }
            ? (await contained.ListAsync(ListId, new ListPartSettings { EnableOrdering = false }, 1, ContentStatus.Latest, pageSize: 1, cancellationToken)).Total
            : 0;
        item.Apply(new ContainedPart { ListContentItemId = ListId, Order = last });
        return item;
    }

    private async Task<IActionResult?> CheckAsync(CancellationToken cancellationToken)
    {
        var container = await contentManager.GetAsync(ListId, VersionOptions.Latest, cancellationToken);
        if (container is null) return NotFound();
        var settings = await ContainedItems.SettingsAsync(definitions, container.ContentType, cancellationToken);
        if (settings is null || !settings.ContainedContentTypes.Contains(Type, StringComparer.Ordinal)) return NotFound();
        if (await definitions.GetTypeDefinitionAsync(Type, cancellationToken) is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, Type, ownerId: null)) return Forbid();
        ContainerTitle = container.DisplayText ?? container.ContentItemId;
        return null;
    }
}
