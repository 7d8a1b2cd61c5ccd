using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.ContentManagement.Definitions;
using Cms.Abstractions.Text;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.ContentManagement.Handlers;

/// <summary>
/// AutoroutePart: the path is normalized; an empty path is suggested by the part's <see cref="AutoroutePartSettings.Pattern"/>
/// (Orchard's Liquid, or our prefix before the title's slug; made unique with -2, -3…, avoiding other items' drafts too); a path
/// published by another item or kept by a module (<see cref="ReservedPaths"/>) is refused, naming <c>AutoroutePart.Path</c>.
/// Another item's draft reserves nothing (whoever publishes first takes the path) and its title is never shown: the
/// message names only a published item, which visitors can already see.
/// </summary>
public sealed class AutoroutePartHandler(
    ContentDefinitionManager definitions, StoreUnitOfWork unitOfWork, ReservedPaths reserved, BatchPathUsage batch,
    IServiceProvider services, ILogger<AutoroutePartHandler> logger) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(item, cancellationToken);
        if (settings is null) return;
        var part = item.As<AutoroutePart>() ?? new AutoroutePart();
        var path = AutoroutePaths.Normalize(part.Path);
        if (path.Length == 0)
        {
            var suggested = await SuggestAsync(item, settings.Pattern, cancellationToken);
            if (suggested.Length > 0) path = await UniqueSuggestionAsync(item, suggested, cancellationToken);
        }
        item.Apply(new AutoroutePart { Path = path });
    }

    /// <summary>
    /// The path an item without one gets: Orchard's Liquid <c>Pattern</c> rendered (<c>{{ Model.ContentItem | display_text
    /// | slugify }}</c>), or, for a pattern without Liquid (the suite's own types: <c>agenda/</c>), that prefix and the
    /// title's slug. A pattern that fails is logged and the title's slug is used.
    /// </summary>
    private async Task<string> SuggestAsync(ContentItem item, string? pattern, CancellationToken cancellationToken)
    {
        var slug = TextNormalizer.Slug(item.As<TitlePart>()?.Title ?? item.DisplayText);
        if (!IPathPatternRenderer.IsLiquid(pattern)) return slug.Length == 0 ? "" : AutoroutePaths.Normalize($"{pattern}/{slug}");
        if (services.GetService<IPathPatternRenderer>() is not { } patterns) return slug;
        var rendered = await patterns.RenderAsync(pattern!, item, cancellationToken);
        if (rendered.Error is not null)
        {
            logger.LogWarning("The AutoroutePart pattern of {ContentType} failed ({Error}); the path is the title's slug.", item.ContentType, rendered.Error);
            return slug;
        }
        return AutoroutePaths.Normalize(rendered.Text);
    }

    public async Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        if (await SettingsAsync(item, cancellationToken) is null) return;
        var path = item.As<AutoroutePart>()?.Path;
        if (string.IsNullOrEmpty(path)) return;
        if (path != AutoroutePaths.Normalize(path))
        {
            errors.Add(new ContentValidationError("AutoroutePart.Path", $"L'adresse « {path} » n'est pas valide : utilisez des minuscules, des chiffres, « - » et « / »."));
            return;
        }
        if (reserved.IsReserved(path))
        {
            errors.Add(new ContentValidationError("AutoroutePart.Path", $"L'adresse « {path} » est réservée par le site : choisissez-en une autre."));
            return;
        }
        var other = await UsedByAsync(item.ContentItemId, path, publishedOnly: true, cancellationToken);
        if (other is not null)
        {
            errors.Add(new ContentValidationError("AutoroutePart.Path",
                $"L'adresse « {path} » est déjà utilisée par « {other.DisplayText ?? other.ContentItemId} » ({other.ContentType})."));
        }
    }

    private async Task<string> UniqueSuggestionAsync(ContentItem item, string path, CancellationToken cancellationToken)
    {
        var candidate = path;
        for (var n = 2; reserved.IsReserved(candidate) || await UsedByAsync(item.ContentItemId, candidate, publishedOnly: false, cancellationToken) is not null; n++)
        {
            candidate = $"{path}-{n}";
        }
        return candidate;
    }

    private async Task<UsedPath?> UsedByAsync(string contentItemId, string path, bool publishedOnly, CancellationToken cancellationToken)
    {
        // A batch import answers from memory: the paths of its documents were read at once, its own writes come at its end.
        if (batch.Active)
        {
            return await batch.UsedByAsync(contentItemId, path, cancellationToken) is { } owner && (!publishedOnly || owner.Published)
                ? new UsedPath(owner.ContentItemId, owner.ContentType, owner.DisplayText)
                : null;
        }
        return await unitOfWork.Db.ContentItemIndex.AsNoTracking()
            .Where(r => r.Path == path && r.ContentItemId != contentItemId && (r.Published || (!publishedOnly && r.Latest)))
            .Select(r => new UsedPath(r.ContentItemId, r.ContentType, r.DisplayText))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<AutoroutePartSettings?> SettingsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await definitions.TypeSnapshotAsync(item.ContentType, cancellationToken);
        return type?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.PartName == "AutoroutePart")?.Settings.Get<AutoroutePartSettings>();
    }

    private sealed record UsedPath(string ContentItemId, string ContentType, string? DisplayText);
}
