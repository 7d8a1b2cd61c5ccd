using Cms.Abstractions.Editing;
using System.Security.Claims;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin.Security;
using System.Text.Json.Nodes;
using Cms.Abstractions.Data;
using Microsoft.AspNetCore.Http;

namespace Cms.Admin.Editors;

/// <summary>What became of a posted edit form: saved (go to the item), or shown again (errors, conflict, bag change).</summary>
public sealed record EditorOutcome(ContentItem? Saved, ContentEditorView? View, string? Message);

/// <summary>
/// The edit workflow shared by the create and edit pages: apply the posted form to the version it was loaded from,
/// handle the BagPart buttons, check permissions, save a draft or publish, and turn refusals (validation,
/// conflict) into a form that keeps everything the editor typed.
/// </summary>
public sealed class ContentEditorService(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    ContentEditorBuilder builder,
    ContentEditorUpdater updater,
    ContentAuthorizer authorizer,
    IUnitOfWork unitOfWork)
{
    /// <summary>The command the form's script posts every few seconds of inactivity (an automatic draft).</summary>
    public const string AutosaveCommand = "autosave";

    /// <summary>The form for <paramref name="item"/> as stored or as edited.</summary>
    public async Task<ContentEditorView> ViewAsync(
        ContentItem item, ClaimsPrincipal user, bool isNew, string? baseVersionId,
        EditorState? state = null, ContentConflictException? conflict = null, string? notice = null,
        CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken)
            ?? throw new InvalidOperationException($"Content type '{item.ContentType}' is not defined.");
        ContentItem? latest = null, published = null;
        if (!isNew)
        {
            latest = await contentManager.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
            published = await contentManager.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        }
        var owner = isNew ? null : (latest ?? item).Owner ?? "";
        return new ContentEditorView
        {
            Item = item,
            Type = type,
            Elements = await builder.BuildAsync(item, cancellationToken),
            State = state ?? new EditorState(),
            IsNew = isNew,
            BaseVersionId = baseVersionId,
            CanPublish = await authorizer.CanAsync(user, ContentAction.Publish, item.ContentType, owner),
            CanDelete = !isNew && await authorizer.CanAsync(user, ContentAction.Delete, item.ContentType, owner),
            Latest = latest,
            Published = published,
            Conflict = conflict,
            Notice = notice,
        };
    }

    /// <summary>
    /// Handles a posted form. <paramref name="working"/> is a copy of the version the form was loaded from (or a new
    /// item); <paramref name="command"/> is <c>save</c>, <c>publish</c>, or a BagPart action.
    /// </summary>
    public async Task<EditorOutcome> SubmitAsync(
        ContentItem working, bool isNew, IFormCollection form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // One transaction for what the form creates on the way (picker items) and the save itself.
        await using var transaction = unitOfWork.InTransaction ? null : await unitOfWork.BeginAsync(cancellationToken);
        var context = new EditorUpdateContext(form, user, cancellationToken);
        var outcome = await SubmitInTransactionAsync(working, isNew, form, user, context, cancellationToken);
        if (outcome.Saved is not null)
        {
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        if (transaction is not null) await transaction.RollbackAsync(cancellationToken);
        if (context.CreatedItemIds.Count > 0)
        {
            // The items the picker created are gone with the transaction: show the form without them (their titles stay typed).
            RemoveIds(working.Content, context.CreatedItemIds);
            var view = outcome.View is null ? null
                : await ViewAsync(working, user, isNew, outcome.View.BaseVersionId, outcome.View.State, outcome.View.Conflict, cancellationToken: cancellationToken);
            return outcome with { View = view };
        }
        return outcome;
    }

    private static void RemoveIds(JsonNode? node, IReadOnlyCollection<string> ids)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["ContentItemIds"] is JsonArray list)
                {
                    foreach (var gone in list.Where(n => n is JsonValue v && v.TryGetValue<string>(out var id) && ids.Contains(id)).ToList()) list.Remove(gone);
                }
                foreach (var (_, child) in obj.ToList()) RemoveIds(child, ids);
                break;
            case JsonArray array:
                foreach (var child in array.ToList()) RemoveIds(child, ids);
                break;
        }
    }

    private async Task<EditorOutcome> SubmitInTransactionAsync(
        ContentItem working, bool isNew, IFormCollection form, ClaimsPrincipal user, EditorUpdateContext context, CancellationToken cancellationToken)
    {
        await updater.ApplyAsync(working, context);
        var baseVersionId = isNew ? null : working.ContentItemVersionId;

        if (form.TryGetValue("bag-action", out var bagAction) && !string.IsNullOrEmpty(bagAction))
        {
            var type = await definitions.GetTypeDefinitionAsync(working.ContentType, cancellationToken);
            var bagName = bagAction.ToString().Split('|')[0];
            var typePart = type?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == bagName);
            var state = new EditorState();
            // A BagPart's buttons are applied here; a part kind holding items of its own (FlowPart) has its editor apply
            // the buttons addressed to its prefix while it reads the form (above), nested ones (FlowPart[1].FlowPart) included.
            if (typePart?.PartName == BagPart.TypeName || (typePart is null && !bagName.Contains('[')))
            {
                var allowed = typePart?.Settings.Get<BagPartSettings>().ContainedContentTypes ?? [];
                if (BagActions.Apply(working, bagAction.ToString(), allowed) is { } bagError) state.Add(bagName, bagError);
            }
            else
            {
                foreach (var error in context.Errors.Where(e => e.Field == bagName)) state.Add(error.Field, error.Message);
            }
            // Positions changed: show the item as now arranged, not the posted keys.
            return new EditorOutcome(null, await ViewAsync(working, user, isNew, baseVersionId, state, cancellationToken: cancellationToken), null);
        }

        var publish = form["command"] == "publish";
        var owner = isNew ? null : working.Owner ?? "";
        if (!await authorizer.CanAsync(user, ContentAction.Edit, working.ContentType, owner)
            || (publish && !await authorizer.CanAsync(user, ContentAction.Publish, working.ContentType, owner)))
        {
            throw new UnauthorizedAccessException();
        }

        var errors = new EditorState { Attempted = form };
        foreach (var error in context.Errors) errors.Add(error.Field, error.Message);
        if (errors.Errors.Count > 0)
        {
            return new EditorOutcome(null, await ViewAsync(working, user, isNew, baseVersionId, errors, cancellationToken: cancellationToken), null);
        }

        try
        {
            ContentItem saved;
            if (isNew) saved = await contentManager.CreateAsync(working, publish, cancellationToken);
            else if (publish) saved = await contentManager.PublishAsync(working, cancellationToken);
            else if (form["command"] == AutosaveCommand) saved = await contentManager.AutosaveAsync(working, cancellationToken);
            else saved = await contentManager.SaveDraftAsync(working, cancellationToken);
            return new EditorOutcome(saved, null, publish ? "Le contenu est publié." : "Le brouillon est enregistré.");
        }
        catch (ContentValidationException e)
        {
            foreach (var error in e.Errors) errors.Add(error.Field, error.Message);
            return new EditorOutcome(null, await ViewAsync(working, user, isNew, baseVersionId, errors, cancellationToken: cancellationToken), null);
        }
        catch (ContentConflictException e)
        {
            return new EditorOutcome(null, await ViewAsync(working, user, isNew, baseVersionId, errors, e, cancellationToken: cancellationToken), null);
        }
    }
}
