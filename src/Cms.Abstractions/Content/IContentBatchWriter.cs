namespace Cms.Abstractions.Content;

/// <summary>
/// Bulk writes for imports of many items: the same rules and outcome as <see cref="IContentManager.ImportAsync"/>
/// (handlers' Updating and Validating for each item, versions, audit trail, index rows, handlers' ChangedAsync after
/// the commit), with a constant number of statements per call instead of a dozen per item: lookups read for all the
/// items at once, rows inserted together (multi-row inserts on SQLite, binary COPY on PostgreSQL), no change tracking.
/// </summary>
public interface IContentBatchWriter
{
    /// <summary>
    /// Imports <paramref name="items"/> in one transaction (or a savepoint of the open one): all or none. Any item
    /// refused (e.g. <see cref="ContentValidationException"/>) fails the whole call, which leaves the store as it was;
    /// a caller wanting the others written then imports them one by one.
    /// </summary>
    Task<ImportResult> ImportBatchAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default);

    /// <summary>The published items at these paths (compared normalized, as stored), by the path asked, in one query per 500 paths.</summary>
    Task<IReadOnlyDictionary<string, ContentItem>> GetPublishedByPathsAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default);
}
