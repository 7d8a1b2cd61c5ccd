using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Redirects.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Redirects.Handlers;

/// <summary>
/// After a committed change of a published item: its address is no longer redirected; the address it was last
/// published at (when different) redirects to the new one; an imported document's Jekyll URL and its
/// <c>redirect_from:</c> entries redirect to it.
/// </summary>
public sealed class RedirectContentHandler(IServiceProvider services, CmsDbContext db, ILogger<RedirectContentHandler> logger) : IContentHandler
{
    // Resolved when used: the content manager depends on the handlers.
    private RedirectStore Store => services.GetRequiredService<RedirectStore>();

    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind is ContentChangeKind.Deleted or ContentChangeKind.Unpublished or ContentChangeKind.DraftDiscarded or ContentChangeKind.Saved) return;
        var item = await services.GetRequiredService<IContentManager>().GetAsync(change.ContentItemId, VersionOptions.Published, cancellationToken);
        var path = item?.As<AutoroutePart>()?.Path?.Trim('/');
        if (item is null || string.IsNullOrEmpty(path)) return;
        var current = "/" + path;

        await Store.RemoveFromAsync(current, cancellationToken);

        var known = await db.PublishedPaths.FirstOrDefaultAsync(p => p.ContentItemId == item.ContentItemId, cancellationToken);
        if (known is null)
        {
            db.PublishedPaths.Add(new PublishedPath { ContentItemId = item.ContentItemId, Path = current });
        }
        else if (known.Path != current)
        {
            await SaveAsync(known.Path, current, RedirectOrigin.PathChange, item, cancellationToken);
            known.Path = current;
        }
        await db.SaveChangesAsync(cancellationToken);

        var frontMatter = item.As<FrontMatterPart>();
        if (frontMatter?.JekyllUrl is { Length: > 0 } jekyllUrl) await SaveAsync(jekyllUrl, current, RedirectOrigin.Jekyll, item, cancellationToken);
        foreach (var from in RedirectFrom(frontMatter?.Data)) await SaveAsync(from, current, RedirectOrigin.RedirectFrom, item, cancellationToken);
    }

    private async Task SaveAsync(string from, string to, RedirectOrigin origin, ContentItem item, CancellationToken cancellationToken)
    {
        var refused = await Store.SaveAutomaticAsync(from, to, origin, item.ContentItemId, cancellationToken);
        if (refused is not null)
        {
            logger.LogWarning("No redirect from {From} to {To} ({Origin}, item {Id}): {Reason}", from, to, origin, item.ContentItemId, refused);
        }
    }

    /// <summary>jekyll-redirect-from's <c>redirect_from:</c>, one path or a list.</summary>
    private static IEnumerable<string> RedirectFrom(JsonObject? data) => data?["redirect_from"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var one) => [one],
        JsonArray list => list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        _ => [],
    };
}
