namespace Cms.Abstractions.Definitions;

/// <summary>
/// Content definitions, stored as data and cached in memory; every change invalidates the cache. Reads return
/// copies: change definitions only through the Alter/Delete/Save methods.
/// </summary>
public interface IContentDefinitionManager
{
    Task<ContentDefinitionRecord> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces all definitions at once (used by recipes after merging).</summary>
    Task SaveAsync(ContentDefinitionRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// The current definitions without a copy, for code that only reads names on a hot path (a content handler run for
    /// each item of an import): shared with every scope and thread, so never change what it returns, and read a
    /// definition's settings through <see cref="GetTypeDefinitionAsync"/> or <see cref="GetPartDefinitionAsync"/>.
    /// </summary>
    Task<ContentDefinitionRecord> GetSnapshotAsync(CancellationToken cancellationToken = default);

    Task<ContentTypeDefinitionRecord?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default);
    Task<ContentPartDefinitionRecord?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentTypeDefinitionRecord>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentPartDefinitionRecord>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the type when missing, then applies <paramref name="alter"/>.</summary>
    Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter, CancellationToken cancellationToken = default);

    /// <summary>Creates the part when missing, then applies <paramref name="alter"/>.</summary>
    Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter, CancellationToken cancellationToken = default);

    Task DeleteTypeDefinitionAsync(string name, CancellationToken cancellationToken = default);
    Task DeletePartDefinitionAsync(string name, CancellationToken cancellationToken = default);
}
