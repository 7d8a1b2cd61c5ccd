namespace Cms.Abstractions.Clustering;

/// <summary>
/// A cache kept in this process's memory that must also forget what other nodes change. Its own node's changes reach
/// it through <c>IContentHandler</c>, <c>ISiteSettingsHandler</c> or the definition manager; with several nodes
/// (<c>ConnectionStrings:Redis</c>) the changes committed by the others arrive on the change bus and are passed here,
/// in registration order (register data caches before page caches, so that a page rendered after its eviction
/// cannot read old data). A singleton; without Redis it is never called.
/// </summary>
public interface IClusterCacheHandler
{
    Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken);
}
