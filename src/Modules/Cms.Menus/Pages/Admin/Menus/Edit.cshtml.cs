using Cms.Abstractions.Content;
using Cms.Admin.Security;
using Cms.Display.Markdown;
using Cms.Menus.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Menus.Pages.Admin.Menus;

/// <summary>
/// « Modifier le menu »: add a link, a link to a content item or HTML, change them, remove, move up or down, nest under
/// the previous item (one level), save as draft or publish. Each button posts the whole form (no JavaScript needed);
/// a structural change is saved as the menu's draft at once. Publishing evicts the cached pages that show the menu.
/// </summary>
public sealed class EditModel(IContentManager contentManager, ContentAuthorizer authorizer, MarkdownService html) : PageModel
{
    public ContentItem Menu { get; private set; } = new();
    public List<MenuEditing.Node> Tree { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    /// <summary>The current path of each item a content menu item links to.</summary>
    public Dictionary<string, string> TargetPaths { get; } = new(StringComparer.Ordinal);
    public bool CanPublish { get; private set; }
    public bool HasDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        Tree = MenuEditing.Tree(Menu);
        await FillTargetsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? action, string? version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        Tree = await MenuEditing.ReadAsync(Menu, Request.Form, path => contentManager.GetByPathAsync(path, cancellationToken), html.SanitizeHtml, Errors);
        action ??= "save";
        var structural = action is not ("save" or "publish");
        if (structural && !MenuEditing.Apply(Tree, action)) return BadRequest();
        if (Errors.Count > 0 && !structural)
        {
            await FillTargetsAsync(cancellationToken);
            return Page();
        }
        if (version is not null && version != Menu.ContentItemVersionId)
        {
            Errors[""] = "Le menu a été modifié entre-temps par quelqu'un d'autre : rechargez la page.";
            await FillTargetsAsync(cancellationToken);
            return Page();
        }
        if (Errors.Count > 0)
        {
            // A structural change with an input still wrong: shown, not saved.
            await FillTargetsAsync(cancellationToken);
            return Page();
        }
        MenuEditing.Store(Menu, Tree);
        try
        {
            if (action == "publish" && CanPublish)
            {
                await contentManager.PublishAsync(Menu, cancellationToken);
                TempData["Message"] = $"Menu « {Menu.DisplayText} » publié : le site l'affiche.";
            }
            else
            {
                await contentManager.SaveDraftAsync(Menu, cancellationToken);
                TempData["Message"] = structural ? "Menu modifié (brouillon enregistré)." : $"Brouillon du menu « {Menu.DisplayText} » enregistré.";
            }
        }
        catch (ContentValidationException e)
        {
            foreach (var error in e.Errors) Errors[""] = error.Message;
            await FillTargetsAsync(cancellationToken);
            return Page();
        }
        catch (ContentConflictException e)
        {
            Errors[""] = e.Message;
            await FillTargetsAsync(cancellationToken);
            return Page();
        }
        return Redirect(MenuRoutes.Edit(id));
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var menu = await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (menu is null || menu.ContentType != MenuTypes.Menu) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, menu)) return Forbid();
        Menu = menu;
        CanPublish = await authorizer.CanAsync(User, ContentAction.Publish, menu);
        HasDraft = !menu.Published;
        return null;
    }

    private async Task FillTargetsAsync(CancellationToken cancellationToken)
    {
        var ids = Tree.SelectMany(n => n.Children.Prepend(n)).Select(n => MenuTypes.SelectedId(n.Item)).OfType<string>().ToList();
        foreach (var target in await contentManager.GetManyAsync(ids, VersionOptions.Latest, cancellationToken))
        {
            TargetPaths[target.ContentItemId] = "/" + (target.As<AutoroutePart>()?.Path ?? "");
        }
    }
}
