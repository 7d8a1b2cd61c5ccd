using System.Security.Claims;
using Cms.Abstractions.Content;
using Cms.Admin.Security;

namespace Cms.Admin.Bulk;

/// <summary>What the content list can do to several items at once.</summary>
public enum BulkActionKind { Publish, Unpublish, Delete }

/// <summary>The outcome for one item of a bulk action: done, or refused with the reason.</summary>
public sealed record BulkItemOutcome(string ContentItemId, string Title, bool Done, string? Reason);

/// <summary>
/// Publishes, unpublishes or deletes chosen items one by one, each in its own write: a refused item (permission,
/// validation, already in that state) is reported and never stops the others.
/// </summary>
public sealed class BulkActionRunner(IContentManager contentManager, ContentAuthorizer authorizer)
{
    public static BulkActionKind? Parse(string? action) => action switch
    {
        "publier" => BulkActionKind.Publish,
        "depublier" => BulkActionKind.Unpublish,
        "supprimer" => BulkActionKind.Delete,
        _ => null,
    };

    public static string Name(BulkActionKind kind) => kind switch
    {
        BulkActionKind.Publish => "publier",
        BulkActionKind.Unpublish => "depublier",
        _ => "supprimer",
    };

    /// <summary>« Publier », « Dépublier », « Supprimer ».</summary>
    public static string Verb(BulkActionKind kind) => kind switch
    {
        BulkActionKind.Publish => "Publier",
        BulkActionKind.Unpublish => "Dépublier",
        _ => "Supprimer",
    };

    public async Task<IReadOnlyList<BulkItemOutcome>> RunAsync(
        BulkActionKind kind, IEnumerable<string> contentItemIds, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var outcomes = new List<BulkItemOutcome>();
        foreach (var id in contentItemIds.Distinct(StringComparer.Ordinal))
        {
            var latest = await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (latest is null)
            {
                outcomes.Add(new BulkItemOutcome(id, id, false, "ce contenu n'existe plus."));
                continue;
            }
            var title = string.IsNullOrWhiteSpace(latest.DisplayText) ? "(sans titre)" : latest.DisplayText;
            var action = kind == BulkActionKind.Delete ? ContentAction.Delete : ContentAction.Publish;
            if (!await authorizer.CanAsync(user, action, latest))
            {
                outcomes.Add(new BulkItemOutcome(id, title, false, "vous n'avez pas le droit de le faire."));
                continue;
            }
            outcomes.Add(await RunOneAsync(kind, latest, title, cancellationToken));
        }
        return outcomes;
    }

    private async Task<BulkItemOutcome> RunOneAsync(BulkActionKind kind, ContentItem latest, string title, CancellationToken cancellationToken)
    {
        var id = latest.ContentItemId;
        try
        {
            switch (kind)
            {
                case BulkActionKind.Publish:
                    if (latest.Published) return new BulkItemOutcome(id, title, false, "déjà publié.");
                    await contentManager.PublishAsync(latest, cancellationToken);
                    break;
                case BulkActionKind.Unpublish:
                    if (await contentManager.GetAsync(id, VersionOptions.Published, cancellationToken) is null)
                    {
                        return new BulkItemOutcome(id, title, false, "n'était pas publié.");
                    }
                    await contentManager.UnpublishAsync(id, cancellationToken);
                    break;
                default:
                    await contentManager.DeleteAsync(id, cancellationToken);
                    break;
            }
            return new BulkItemOutcome(id, title, true, null);
        }
        catch (ContentValidationException e)
        {
            return new BulkItemOutcome(id, title, false, "refusé : " + string.Join(" ; ", e.Errors.Select(x => x.Message)));
        }
        catch (ContentConflictException e)
        {
            return new BulkItemOutcome(id, title, false, e.Message);
        }
    }
}
