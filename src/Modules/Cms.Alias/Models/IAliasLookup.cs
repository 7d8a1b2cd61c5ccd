namespace Cms.Alias.Models;

/// <summary>Finds items by their <c>AliasPart.Alias</c> (case-insensitive): the contract other modules use (in .Models, the namespace modules may share).</summary>
public interface IAliasLookup
{
    /// <summary>The id of the item whose published version has <paramref name="alias"/>, or null.</summary>
    Task<string?> GetPublishedIdAsync(string alias, CancellationToken cancellationToken = default);

    /// <summary>The id of the item whose latest version has <paramref name="alias"/> (published or draft), or null.</summary>
    Task<string?> GetLatestIdAsync(string alias, CancellationToken cancellationToken = default);
}
