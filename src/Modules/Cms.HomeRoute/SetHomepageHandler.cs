using Cms.Abstractions.Content;
using Cms.Abstractions.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.HomeRoute;

/// <summary>
/// Orchard's <c>AutoroutePart.SetHomepage</c>: an item published (or imported published) with it set becomes the home
/// page, as Orchard's autoroute handler does; Orchard's Agency recipe makes its landing page the home page this way.
/// The content manager is resolved when needed: it is the one calling this handler.
/// </summary>
public sealed class SetHomepageHandler(IServiceProvider services, ISiteSettingsStore settingsStore) : IContentHandler
{
    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind is not (ContentChangeKind.Published or ContentChangeKind.Imported)) return;
        var item = await services.GetRequiredService<IContentManager>().GetAsync(change.ContentItemId, VersionOptions.Published, cancellationToken);
        if (item?.GetPart("AutoroutePart")?["SetHomepage"] is not { } flag || flag.GetValueKind() != System.Text.Json.JsonValueKind.True) return;
        var settings = await settingsStore.GetAsync(cancellationToken);
        if (HomeRouteSetting.ContentItemId(settings) == item.ContentItemId) return;
        HomeRouteSetting.Set(settings, item.ContentItemId);
        await settingsStore.SaveAsync(settings, cancellationToken);
    }
}
