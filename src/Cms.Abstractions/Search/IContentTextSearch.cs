namespace Cms.Abstractions.Search;

/// <summary>
/// Full-text search of published items by their words (titles, bodies, every searchable part and field), as a module
/// provides it (the search index). The back office's content list combines its matches with its own filters; with no
/// module registering one, or while it cannot answer, lists search the titles in the database.
/// </summary>
public interface IContentTextSearch
{
    /// <summary>
    /// The ids of the published items matching every word of <paramref name="text"/> (close spellings when nothing
    /// matches exactly), best first, at most <paramref name="max"/>; null while the index cannot answer (being built).
    /// </summary>
    Task<IReadOnlyList<string>?> MatchingItemIdsAsync(string text, int max, CancellationToken cancellationToken = default);
}
