namespace Cms.Abstractions.Data;

/// <summary>
/// Named JSON documents of the modules, as Orchard Core's documents (<c>TemplatesDocument</c>, <c>MediaProfilesDocument</c>,
/// <c>AdminMenuList</c>): one row per name in the <c>Documents</c> table, read and written whole. A save joins the open
/// unit of work (a recipe step's transaction) or has its own; <c>committed</c> runs once the outermost transaction has
/// committed (to forget a cache), never after a rollback.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document stored under <paramref name="name"/>, or a new <typeparamref name="T"/> when there is none.</summary>
    Task<T> GetAsync<T>(string name, CancellationToken cancellationToken = default) where T : class, new();

    Task SaveAsync<T>(string name, T document, Func<CancellationToken, Task>? committed = null, CancellationToken cancellationToken = default) where T : class;
}
