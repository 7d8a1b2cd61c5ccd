namespace Cms.Abstractions.Content;

/// <summary>
/// Creates, versions, publishes and deletes content items. Every write runs in one transaction: it either
/// succeeds whole or leaves the store as it was.
/// </summary>
/// <remarks>
/// Editing contract: an item handed to <see cref="SaveDraftAsync"/> or <see cref="PublishAsync"/> carries the
/// <see cref="ContentItem.ContentItemVersionId"/> of the version it was edited from. When that is no longer the
/// latest version, the write fails with <see cref="ContentConflictException"/>. For a versionable type every save
/// makes a new version (the old one stays in the history); otherwise a draft is updated in place.
/// </remarks>
public interface IContentManager
{
    /// <summary>A new, unsaved item of <paramref name="contentType"/> with a fresh id and the type's parts present.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item as a draft, or published when <paramref name="publish"/> is true.</summary>
    Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Published items by path (AutoroutePart), through the route index.</summary>
    Task<ContentItem?> GetByPathAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The published items at several paths at once, keyed by the path as given (paths with none left out).</summary>
    Task<IReadOnlyDictionary<string, ContentItem>> GetManyByPathAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default);

    /// <summary>Several items at once, in the order of the ids asked for (missing ones left out).</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>Every version of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Saves changes as the latest version, unpublished (the published version, if any, stays visible).</summary>
    Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes as an automatic draft that does not clutter the history: the user's previous automatic save of
    /// the same item, still the latest version, is replaced in place (under a new version id, so that a form loaded
    /// before it still gets <see cref="ContentConflictException"/>); the next manual save or publication replaces it
    /// the same way. Validation and the conflict check are those of <see cref="SaveDraftAsync"/>. Never replaced: another
    /// user's slot, a published version, and a slot that a scheduled publication names (pending or carried out): the
    /// next save is then a new version, so that the scheduled publication publishes the version it was given.
    /// </summary>
    Task<ContentItem> AutosaveAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Saves changes and publishes them: the result is the latest and the published version.</summary>
    Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Removes the published flag; the latest version stays as a draft.</summary>
    Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Drops the draft that stands after the published version; the published version becomes latest again.</summary>
    Task DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the item: no version stays latest or published, its path is freed. Versions stay for the history.</summary>
    Task DeleteAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes a copy of an old version the new latest draft.</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Orchard Core's ImportAsync: each item is matched by ContentItemVersionId; a version already stored with the
    /// same content is skipped; otherwise it is stored as given (published or draft by its flags).
    /// </summary>
    Task<ImportResult> ImportAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken = default);
}

/// <summary>What an import did, item by item.</summary>
public sealed record ImportResult(int Created, int Updated, int Unchanged);
