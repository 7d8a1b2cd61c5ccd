using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.Admin.Editors;

namespace Cms.Admin.Status;

/// <summary>Where an item stands for visitors and editors, as the list, the edit page and the history say it.</summary>
public enum ItemState
{
    /// <summary>The latest version is the published one: « Publié ».</summary>
    Published,
    /// <summary>A version is public and a newer draft is not: « Publié + brouillon en cours ».</summary>
    PublishedWithDraft,
    /// <summary>Never published: « Brouillon jamais publié ».</summary>
    NeverPublished,
    /// <summary>Was public, is not any more: « Dépublié ».</summary>
    Unpublished,
}

/// <summary>The state of an item and its pending publication, in the words Wagtail's editors know (« Live + Draft »).</summary>
public sealed record ItemStatus(ItemState State, DateTime? ScheduledPublishUtc)
{
    /// <param name="latest">The latest version (or null when the item has none).</param>
    /// <param name="publishedVersionId">The version visitors see, or null.</param>
    /// <param name="pending">The item's pending scheduled tasks.</param>
    /// <param name="everPublished">The audit trail holds a publication of the item (a restored old draft does not
    /// carry the publication date of the versions after it).</param>
    public static ItemStatus Of(ContentItem latest, string? publishedVersionId, IEnumerable<ScheduledTask>? pending = null, bool everPublished = false)
    {
        var state = publishedVersionId is null
            ? latest.PublishedUtc is null && !everPublished ? ItemState.NeverPublished : ItemState.Unpublished
            : publishedVersionId == latest.ContentItemVersionId ? ItemState.Published : ItemState.PublishedWithDraft;
        var publishAt = pending?.Where(t => t.Action == ScheduledAction.Publish && t.Status == ScheduledTaskStatus.Pending)
            .Select(t => (DateTime?)t.ScheduledUtc).Min();
        return new ItemStatus(state, publishAt);
    }

    public string Label => State switch
    {
        ItemState.Published => "Publié",
        ItemState.PublishedWithDraft => "Publié + brouillon en cours",
        ItemState.Unpublished => "Dépublié",
        _ => "Brouillon jamais publié",
    };

    /// <summary>What the state means for a visitor, for the edit page.</summary>
    public string Explanation => State switch
    {
        ItemState.Published => "La page publique montre la dernière version.",
        ItemState.PublishedWithDraft => "La page publique montre la version publiée ; le brouillon plus récent n'est pas encore visible.",
        ItemState.Unpublished => "Le contenu a été publié puis retiré : il n'est plus visible du public.",
        _ => "Le contenu n'a jamais été visible du public.",
    };

    /// <summary>The DSFR badge modifier.</summary>
    public string BadgeClass => State switch
    {
        ItemState.Published => "fr-badge--success",
        ItemState.PublishedWithDraft => "fr-badge--warning",
        ItemState.Unpublished => "fr-badge--error",
        _ => "fr-badge--info",
    };

}
