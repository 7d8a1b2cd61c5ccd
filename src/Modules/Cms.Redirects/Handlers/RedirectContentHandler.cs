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
/// <c>redirect_from:</c> entries redirect to it. The changes of one write are taken in their order, their published
/// items (those a batch import's changes carry, the others in one query) and last addresses read for all of them at
/// once (a batch import commits hundreds), and their
/// redirects applied together by <see cref="RedirectStore.ApplyAsync"/>: a few queries and one save per write.
/// </summary>
public sealed class RedirectContentHandler(IServiceProvider services, CmsDbContext db, ILogger<RedirectContentHandler> logger) : IContentChangesHandler
{
    // Resolved when used: the content manager depends on the handlers.
    private RedirectStore Store => services.GetRequiredService<RedirectStore>();

    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) => ChangedAsync([change], cancellationToken);

    public async Task ChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes
            .Where(c => c.Kind is not (ContentChangeKind.Deleted or ContentChangeKind.Unpublished or ContentChangeKind.DraftDiscarded or ContentChangeKind.Saved))
            .Select(c => c.ContentItemId)
            .ToList();
        if (ids.Count == 0) return;
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var items = await ContentChangeItems.PublishedAsync(changes, distinct, services.GetRequiredService<IContentManager>(), cancellationToken);
        var known = await db.PublishedPaths.Where(p => distinct.Contains(p.ContentItemId)).ToDictionaryAsync(p => p.ContentItemId, StringComparer.Ordinal, cancellationToken);
        var edits = new List<RedirectEdit>();
        foreach (var id in ids)
        {
            if (items.TryGetValue(id, out var item)) AddEdits(item, known, edits);
        }
        // One SaveChanges for the redirects and the last addresses tracked here.
        foreach (var (edit, reason) in await Store.ApplyAsync(edits, cancellationToken))
        {
            logger.LogWarning("No redirect from {From} to {To} ({Origin}, item {Id}): {Reason}", edit.From, edit.To, edit.Origin, edit.ContentItemId, reason);
        }
    }

    /// <param name="known">The last addresses read for the write's items (tracked), and those added since.</param>
    private void AddEdits(ContentItem item, Dictionary<string, PublishedPath> known, List<RedirectEdit> edits)
    {
        var path = item.GetPart(nameof(AutoroutePart))?.Property<string>(nameof(AutoroutePart.Path))?.Trim('/');
        if (string.IsNullOrEmpty(path)) return;
        var current = "/" + path;

        edits.Add(new RedirectEdit.Live(current));

        if (!known.TryGetValue(item.ContentItemId, out var last))
        {
            known[item.ContentItemId] = db.PublishedPaths.Add(new PublishedPath { ContentItemId = item.ContentItemId, Path = current }).Entity;
        }
        else if (last.Path != current)
        {
            edits.Add(new RedirectEdit.Automatic(last.Path, current, RedirectOrigin.PathChange, item.ContentItemId));
            last.Path = current;
        }

        // Read as As<FrontMatterPart>() would, without copying the part (its Data holds every front matter key).
        var frontMatter = item.GetPart(nameof(FrontMatterPart));
        if (frontMatter?.Property<string>(nameof(FrontMatterPart.JekyllUrl)) is { Length: > 0 } jekyllUrl) edits.Add(new RedirectEdit.Automatic(jekyllUrl, current, RedirectOrigin.Jekyll, item.ContentItemId));
        foreach (var from in RedirectFrom(frontMatter?.Property(nameof(FrontMatterPart.Data)) as JsonObject)) edits.Add(new RedirectEdit.Automatic(from, current, RedirectOrigin.RedirectFrom, item.ContentItemId));
    }

    /// <summary>jekyll-redirect-from's <c>redirect_from:</c>, one path or a list (its name in any case, as in the part's copy As gives).</summary>
    private static IEnumerable<string> RedirectFrom(JsonObject? data) => data?.Property("redirect_from") switch
    {
        JsonValue value when value.TryGetValue<string>(out var one) => [one],
        JsonArray list => list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        _ => [],
    };
}
