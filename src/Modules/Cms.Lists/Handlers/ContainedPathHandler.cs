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
/// </summary>
public sealed class ContainedPathHandler(IServiceProvider services, IContentDefinitionManager definitions) : IContentHandler
{
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
