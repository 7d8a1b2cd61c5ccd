using Cms.Abstractions.Content;
using Cms.Abstractions.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.HomeRoute;

/// <summary>
/// Orchard's <c>AutoroutePart.SetHomepage</c>: an item published (or imported published) with it set becomes the home
/// page, as Orchard's autoroute handler does; Orchard's Agency recipe makes its landing page the home page this way.
/// The content manager is resolved when needed: it is the one calling this handler. The published items of one write's
/// changes are those its changes carry (a batch import commits hundreds) or read in one query, then taken in the changes' order.
/// </summary>
public sealed class SetHomepageHandler(IServiceProvider services, ISiteSettingsStore settingsStore) : IContentChangesHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) => ChangedAsync([change], cancellationToken);

    public async Task ChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes.Where(c => c.Kind is ContentChangeKind.Published or ContentChangeKind.Imported).Select(c => c.ContentItemId).ToList();
        if (ids.Count == 0) return;
        var items = await ContentChangeItems.PublishedAsync(changes, ids, services.GetRequiredService<IContentManager>(), cancellationToken);
        foreach (var id in ids)
        {
            if (!items.TryGetValue(id, out var item)) continue;
            if (item.GetPart("AutoroutePart")?["SetHomepage"] is not { } flag || flag.GetValueKind() != System.Text.Json.JsonValueKind.True) continue;
            var settings = await settingsStore.GetAsync(cancellationToken);
            if (HomeRouteSetting.ContentItemId(settings) == item.ContentItemId) continue;
            HomeRouteSetting.Set(settings, item.ContentItemId);
            await settingsStore.SaveAsync(settings, cancellationToken);
        }
    }
}
