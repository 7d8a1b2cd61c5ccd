namespace Cms.Abstractions.Content;

/// <summary>The items a write's changes concern, for the handlers that hear of them after the commit.</summary>
public static class ContentChangeItems
{
    /// <summary>
    /// The published version of each item named by <paramref name="ids"/>, after <paramref name="changes"/>: the version
    /// an item's last change wrote when it carries it and it is published (<see cref="ContentChange.Item"/>), none when
    /// that change says the item has none (<see cref="ContentChange.NoPublishedVersion"/>), the others read from the store
    /// in one query. Items without a published version are missing. Read only: the items a change
    /// carries are shared by every handler.
    /// </summary>
    public static async Task<Dictionary<string, ContentItem>> PublishedAsync(IReadOnlyList<ContentChange> changes, IEnumerable<string> ids,
        IContentManager contentManager, CancellationToken cancellationToken)
    {
        var last = new Dictionary<string, ContentChange>(StringComparer.Ordinal);
        foreach (var change in changes) last[change.ContentItemId] = change;
        var items = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (last.TryGetValue(id, out var change) && change.Item is { Published: true } written) items[id] = written;
            else if (change is not { NoPublishedVersion: true }) unread.Add(id);
        }
        if (unread.Count == 0) return items;
        foreach (var item in await contentManager.GetManyAsync(unread, VersionOptions.Published, cancellationToken)) items[item.ContentItemId] = item;
        return items;
    }
}
