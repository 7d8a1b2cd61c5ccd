using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Lists.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Lists.Handlers;

/// <summary>
/// Keeps a contained item's address under its container's: an item of a type with an AutoroutePart, held by a
/// container whose path is <c>blog</c>, gets <c>blog/{its last segment}</c> (that of the path suggested from its title),
/// so <c>billet</c> becomes <c>blog/billet</c>; a path already under the container's is kept as typed. Runs on every
/// save, before validation (which refuses a path another item uses, naming <c>AutoroutePart.Path</c>).
/// When a container is published (or imported) with another path, its items follow: their current versions (latest
/// and published) are written again in place with their paths under the new one, and the redirects module sends their
/// old addresses to the new ones.
/// </summary>
public sealed class ContainedPathHandler(IServiceProvider services, IContentDefinitionManager definitions) : IContentHandler
{
    public async Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind is not (ContentChangeKind.Published or ContentChangeKind.Imported)) return;
        // The part names from the shared snapshot (no copy for each change of an import); the settings from a copy.
        var named = (await definitions.GetSnapshotAsync(cancellationToken)).ContentTypes.FirstOrDefault(t => t.Name == change.ContentType);
        if (named is null || named.ContentTypePartDefinitionRecords.All(p => p.PartName != ListPart.Name)) return;
        if (await definitions.GetTypeDefinitionAsync(change.ContentType, cancellationToken) is not { } type) return;
        var content = services.GetRequiredService<IContentManager>();
        var container = await content.GetAsync(change.ContentItemId, VersionOptions.Latest, cancellationToken);
        var containerPath = container?.As<AutoroutePart>()?.Path?.Trim('/');
        if (container is null || string.IsNullOrEmpty(containerPath)) return;

        var settings = ContainedItems.Read(type.ContentTypePartDefinitionRecords.First(p => p.PartName == ListPart.Name).Settings);
        var contained = services.GetRequiredService<ContainedItems>();
        var moved = new List<ContentItem>();
        for (var page = 1; ; page++)
        {
            var items = await contained.ListAsync(container.ContentItemId, settings, page, ContentStatus.Latest, pageSize: 500, cancellationToken);
            foreach (var item in items.Items.Where(i => !Under(i, containerPath)))
            {
                moved.Add(item);
                if (!item.Published && await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is { } published
                    && !Under(published, containerPath))
                {
                    moved.Add(published);
                }
            }
            if (page >= items.PageCount) break;
        }
        // Written again as they are, in one transaction: UpdatingAsync below puts each path under the container's.
        if (moved.Count > 0) await content.ImportAsync(moved, cancellationToken);
    }

    private static bool Under(ContentItem item, string containerPath) =>
        item.As<AutoroutePart>()?.Path?.Trim('/') is not { Length: > 0 } path || path.StartsWith(containerPath + "/", StringComparison.Ordinal);

    public async Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var listId = item.GetPart(ContainedPart.Name)?[nameof(ContainedPart.ListContentItemId)] is System.Text.Json.Nodes.JsonValue v
            && v.TryGetValue<string>(out var id) ? id : null;
        if (string.IsNullOrWhiteSpace(listId)) return;
        var type = await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken);
        if (type is null || type.ContentTypePartDefinitionRecords.All(p => p.PartName != "AutoroutePart")) return;
        // Resolved at call time: the content manager itself depends on the handlers.
        var container = await services.GetRequiredService<IContentManager>().GetAsync(listId, VersionOptions.Latest, cancellationToken);
        var containerPath = container?.As<AutoroutePart>()?.Path?.Trim('/');
        if (string.IsNullOrEmpty(containerPath)) return;

        var path = (item.As<AutoroutePart>()?.Path ?? "").Trim('/');
        if (path.StartsWith(containerPath + "/", StringComparison.Ordinal)) return;
        // An empty path was suggested from the title by the AutoroutePart handler, which runs before the modules' handlers.
        var segment = path.Length == 0 ? "" : path[(path.LastIndexOf('/') + 1)..];
        if (segment.Length == 0) return;
        var part = item.As<AutoroutePart>() ?? new AutoroutePart();
        part.Path = containerPath + "/" + segment;
        item.Apply(part);
    }
}
