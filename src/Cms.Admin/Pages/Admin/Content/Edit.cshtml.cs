using Cms.Abstractions.Editing;
using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Admin.Editors;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>
/// Edits the latest version of an item. The form carries the version it was loaded from; a save based on an older
/// version is refused by the content manager (conflict), the input kept. Also: unpublish and discard the draft.
/// </summary>
public sealed class EditModel(
    IContentManager contentManager, ContentEditorService editors, ContentEditorUpdater updater, ContentAuthorizer authorizer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    public ContentEditorView? Editor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (latest is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, latest)) return Forbid();
        Editor = await editors.ViewAsync(latest, User, isNew: false, latest.ContentItemVersionId, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var versionId = Request.Form["VersionId"].ToString();
        var baseVersion = versionId.Length == 0 ? null : await contentManager.GetVersionAsync(versionId, cancellationToken);
        if (baseVersion is null || baseVersion.ContentItemId != Id) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, baseVersion)) return Forbid();

        var working = baseVersion.Clone();
        if (Request.Form["rebase"].ToString() is { Length: > 0 } latestId)
        {
            // Keep everything typed, now based on the latest version: the next save compares with that one.
            var latest = await contentManager.GetVersionAsync(latestId, cancellationToken);
            if (latest is null || latest.ContentItemId != Id) return NotFound();
            var context = new EditorUpdateContext(Request.Form, User, cancellationToken);
            var rebased = latest.Clone();
            await updater.ApplyAsync(rebased, context);
            Editor = await editors.ViewAsync(rebased, User, isNew: false, latest.ContentItemVersionId,
                new EditorState { Attempted = Request.Form },
                notice: $"Votre saisie est maintenant basée sur la dernière version (enregistrée par {latest.Author ?? "un autre utilisateur"} le {clock.Current.Display(latest.ModifiedUtc)}). Vérifiez-la, puis enregistrez.",
                cancellationToken: cancellationToken);
            return Page();
        }

        try
        {
            var outcome = await editors.SubmitAsync(working, isNew: false, Request.Form, User, cancellationToken);
            if (outcome.Saved is not null)
            {
                TempData["Message"] = outcome.Message;
                return Redirect(AdminRoutes.Edit(Id));
            }
            Editor = outcome.View;
            return Page();
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    /// <summary>
    /// An automatic save posted by the form's script: the same form and checks as « Enregistrer le brouillon », kept
    /// out of the history (<see cref="IContentManager.AutosaveAsync"/>). Answers JSON: the new version id the form
    /// must carry from now on, or the errors, or the conflict.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        var versionId = Request.Form["VersionId"].ToString();
        var baseVersion = versionId.Length == 0 ? null : await contentManager.GetVersionAsync(versionId, cancellationToken);
        if (baseVersion is null || baseVersion.ContentItemId != Id) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, baseVersion)) return Forbid();
        if (Request.Form["command"] != ContentEditorService.AutosaveCommand || Request.Form.ContainsKey("bag-action")) return BadRequest();
        try
        {
            var outcome = await editors.SubmitAsync(baseVersion.Clone(), isNew: false, Request.Form, User, cancellationToken);
            if (outcome.Saved is { } saved)
            {
                return new JsonResult(new { saved = true, versionId = saved.ContentItemVersionId, at = clock.Current.Display(saved.ModifiedUtc) });
            }
            var view = outcome.View!;
            if (view.Conflict is { } conflict)
            {
                return new JsonResult(new { saved = false, conflict = conflict.Message + " Enregistrez pour voir les différences." });
            }
            var labels = new ElementLabels(view.Elements);
            var errors = view.State.Errors.SelectMany(e => e.Value.Select(m => labels.Describe(e.Key, m)));
            return new JsonResult(new { saved = false, errors });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken)
    {
        var latest = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (latest is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Publish, latest)) return Forbid();
        await contentManager.UnpublishAsync(Id, cancellationToken);
        TempData["Message"] = "Le contenu n'est plus publié : il reste en brouillon.";
        return Redirect(AdminRoutes.Edit(Id));
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        var latest = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (latest is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, latest)) return Forbid();
        // Discarding the only version of a never-published item leaves nothing: that is a deletion.
        var published = await contentManager.GetAsync(Id, VersionOptions.Published, cancellationToken);
        if (published is null && !await authorizer.CanAsync(User, ContentAction.Delete, latest)) return Forbid();
        await contentManager.DiscardDraftAsync(Id, cancellationToken);
        TempData["Message"] = "Le brouillon est abandonné : la version publiée est de nouveau la dernière.";
        return Redirect(AdminRoutes.Edit(Id));
    }
}
