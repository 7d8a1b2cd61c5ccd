namespace Cms.Abstractions.Data;

/// <summary>
/// Hears that a named document of <see cref="IDocumentStore"/> changed on this node, once the outermost transaction has
/// committed (never after a rollback). The output cache evicts its pages and, with several nodes, the change bus tells
/// the others (their caches hear it as a <c>ClusterChangeKind.Document</c> change). Scoped.
/// </summary>
public interface IDocumentChangeHandler
{
    Task ChangedAsync(string documentName, CancellationToken cancellationToken);
}
