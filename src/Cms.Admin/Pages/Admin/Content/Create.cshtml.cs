using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin.Editors;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>Creates an item of a creatable type: saved as a draft, or published when the user may publish.</summary>
public sealed class CreateModel(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    ContentEditorService editors,
    ContentAuthorizer authorizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Type { get; set; } = "";
    public ContentEditorView? Editor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken) is { } refused) return refused;
        var item = await contentManager.NewAsync(Type, cancellationToken);
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
        var item = await contentManager.NewAsync(Type, cancellationToken);
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

    private async Task<IActionResult?> CheckAsync(CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(Type, cancellationToken);
        if (type is null || !type.Settings.Get<ContentTypeSettings>().Creatable) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, Type, ownerId: null)) return Forbid();
        return null;
    }
}
