using System.Runtime.CompilerServices;

namespace Cms.Abstractions.Content;

public static class ContentQueryExtensions
{
    /// <summary>
    /// Every item the query matches, read page after page (of <see cref="ContentListQuery.PageSize"/>) from its first
    /// page: only one page is in memory at a time, and stopping the enumeration reads no further page.
    /// </summary>
    public static async IAsyncEnumerable<ContentItem> ListAllAsync(this IContentQuery query, ContentListQuery list,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 1; ; page++)
        {
            var result = await query.ListAsync(list with { Page = page }, cancellationToken);
            foreach (var item in result.Items) yield return item;
            if (result.Items.Count == 0 || page >= result.PageCount) yield break;
        }
    }
}
