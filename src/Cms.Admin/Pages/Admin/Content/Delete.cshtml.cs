using Cms.Abstractions.Content;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>Deletion asks for confirmation on its own page (works without JavaScript).</summary>
public sealed class DeleteModel(IContentManager contentManager, ContentAuthorizer authorizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    public ContentItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        await contentManager.DeleteAsync(Id, cancellationToken);
        TempData["Message"] = $"« {Item!.DisplayText} » est supprimé.";
        return Redirect(AdminRoutes.Root);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Item = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (Item is null) return NotFound();
        return await authorizer.CanAsync(User, ContentAction.Delete, Item) ? null : Forbid();
    }
}
