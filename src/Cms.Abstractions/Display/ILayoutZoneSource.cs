namespace Cms.Abstractions.Display;

/// <summary>
/// Places HTML in the layout's named zones of every page rendered in the layout (Orchard's widgets placed by layer
/// rules: <c>Cms.Layers</c>), through <see cref="PageMeta.Zones"/>, just before the layout is rendered. Scoped; the
/// request is the one being answered (null outside a request).
/// </summary>
public interface ILayoutZoneSource
{
    Task AddAsync(PageMeta meta, CancellationToken cancellationToken);
}
