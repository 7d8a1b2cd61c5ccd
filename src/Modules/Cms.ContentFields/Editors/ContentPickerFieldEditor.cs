using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin.Security;

namespace Cms.ContentFields.Editors;

/// <summary>
/// The picked item ids (one hidden or checkbox input each, in order), plus titles typed in the "add" input: each
/// is matched with an existing item of the allowed types by its title, or created on the fly (published when the
/// user may publish that type, else as the user's draft).
/// </summary>
public sealed class ContentPickerFieldEditor(
    IContentManager contentManager,
    IContentQuery query,
    ContentAuthorizer authorizer) : IContentEditor
{
    public string View => "/Editors/_ContentPickerField.cshtml";

    public async Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var settings = element.Settings.Get<ContentPickerFieldSettings>();
        var ids = context.Values(element.Key("ContentItemIds")).Where(IsId).Distinct().ToList();
        if (ids.Count > 0)
        {
            var found = await contentManager.GetManyAsync(ids, VersionOptions.Latest, context.CancellationToken);
            var known = found.Where(i => settings.DisplayedContentTypes.Length == 0 || settings.DisplayedContentTypes.Contains(i.ContentType))
                .Select(i => i.ContentItemId).ToHashSet();
            foreach (var missing in ids.Where(id => !known.Contains(id)))
            {
                context.Error(element.Prefix, $"L'élément « {missing} » n'existe pas ou n'est pas d'un type accepté.");
            }
            ids = ids.Where(known.Contains).ToList();
        }

        foreach (var title in SplitTitles(context.Text(element.Key("Add"))))
        {
            var id = await FindOrCreateAsync(element, settings, title, context);
            if (id is not null && !ids.Contains(id)) ids.Add(id);
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            context.Error(element.Prefix, $"« {element.Label} » n'accepte qu'un seul élément.");
        }
        if (settings.Required && ids.Count == 0)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        target["ContentItemIds"] = new JsonArray(ids.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
    }

    private async Task<string?> FindOrCreateAsync(EditorElement element, ContentPickerFieldSettings settings, string title, EditorUpdateContext context)
    {
        var types = settings.DisplayedContentTypes;
        foreach (var type in types)
        {
            var page = await query.ListAsync(new ContentListQuery
            {
                ContentType = type, Status = ContentStatus.Latest, Text = title, PageSize = 50,
            }, context.CancellationToken);
            var match = page.Items.FirstOrDefault(i => string.Equals(i.DisplayText?.Trim(), title, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match.ContentItemId;
        }

        if (types.Length != 1)
        {
            context.Error(element.Prefix, $"« {title} » n'existe pas ; choisissez un élément existant.");
            return null;
        }
        var createType = types[0];
        if (!await authorizer.CanAsync(context.User, ContentAction.Edit, createType, ownerId: null))
        {
            context.Error(element.Prefix, $"« {title} » n'existe pas et vous n'avez pas le droit d'en créer.");
            return null;
        }
        try
        {
            var item = await contentManager.NewAsync(createType, context.CancellationToken);
            item.DisplayText = title;
            item.Apply(new TitlePart { Title = title });
            var publish = await authorizer.CanAsync(context.User, ContentAction.Publish, createType, ownerId: null);
            var created = await contentManager.CreateAsync(item, publish, context.CancellationToken);
            context.CreatedItemIds.Add(created.ContentItemId);
            return created.ContentItemId;
        }
        catch (ContentValidationException e)
        {
            context.Error(element.Prefix, $"Impossible de créer « {title} » : {string.Join(" ", e.Errors.Select(x => x.Message))}");
            return null;
        }
    }

    /// <summary>Several titles may be typed at once, separated by commas or semicolons.</summary>
    private static IEnumerable<string> SplitTitles(string? text) =>
        text is null ? [] : MultiTextFieldEditor.Split([text]);

    private static bool IsId(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
