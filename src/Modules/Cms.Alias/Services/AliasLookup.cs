using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Alias.Models;

namespace Cms.Alias.Services;

/// <summary>
/// Reads the aliases of the items of every type that has an <c>AliasPart</c> (through the content query's index, a
/// page of 500 at a time) into the in-memory <see cref="AliasTable"/>. Items with an alias are few (menus, a home page).
/// </summary>
public sealed class AliasLookup(AliasTable table, IContentQuery query, IContentDefinitionManager definitions) : IAliasLookup
{
    public async Task<string?> GetPublishedIdAsync(string alias, CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Published.GetValueOrDefault(AliasRules.Key(alias));

    public async Task<string?> GetLatestIdAsync(string alias, CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Latest.GetValueOrDefault(AliasRules.Key(alias));

    private async Task<AliasTable.Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (table.Current is { } current) return current;
        var generation = table.Generation;
        var snapshot = new AliasTable.Snapshot(
            await ReadAsync(ContentStatus.Latest, cancellationToken),
            await ReadAsync(ContentStatus.Published, cancellationToken));
        table.Store(snapshot, generation);
        return snapshot;
    }

    /// <summary>Alias key → id of the items in <paramref name="status"/> (the first one stored wins a duplicate).</summary>
    public async Task<Dictionary<string, string>> ReadAsync(ContentStatus status, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var (item, alias) in ItemsWithAliasAsync(query, definitions, status, cancellationToken))
        {
            result.TryAdd(AliasRules.Key(alias), item.ContentItemId);
        }
        return result;
    }

    /// <summary>Every item of a type with an <c>AliasPart</c> in <paramref name="status"/>, with its alias.</summary>
    public static async IAsyncEnumerable<(ContentItem Item, string Alias)> ItemsWithAliasAsync(
        IContentQuery query, IContentDefinitionManager definitions, ContentStatus status,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var all = await definitions.LoadAsync(cancellationToken);
        var types = all.ContentTypes
            .Where(t => t.ContentTypePartDefinitionRecords.Any(p => p.PartName == AliasPart.Name))
            .Select(t => t.Name);
        foreach (var type in types)
        {
            for (var page = 1; ; page++)
            {
                var result = await query.ListAsync(new ContentListQuery
                {
                    ContentType = type, Status = status, Sort = ContentSort.ModifiedAsc, Page = page, PageSize = 500,
                }, cancellationToken);
                foreach (var item in result.Items)
                {
                    if (AliasRules.Normalize(item.As<AliasPart>()?.Alias) is { } alias) yield return (item, alias);
                }
                if (page >= result.PageCount) break;
            }
        }
    }
}
