using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.ContentManagement.Definitions;

namespace Cms.ContentManagement.Handlers;

/// <summary>TitlePart: <c>DisplayText</c> follows the title; the title is required (unless the part's settings say otherwise).</summary>
public sealed class TitlePartHandler(ContentDefinitionManager definitions) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (!await HasTitlePartAsync(item, cancellationToken)) return;
        var title = item.As<TitlePart>()?.Title?.Trim();
        item.DisplayText = string.IsNullOrEmpty(title) ? null : title;
    }

    public async Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        var type = await definitions.TypeSnapshotAsync(item.ContentType, cancellationToken);
        var part = type?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.PartName == "TitlePart");
        if (part is null) return;
        var settings = part.Settings.Get<TitlePartSettings>();
        if (settings.Required && string.IsNullOrWhiteSpace(item.As<TitlePart>()?.Title))
        {
            errors.Add(new ContentValidationError("TitlePart.Title", "Le titre est obligatoire."));
        }
    }

    private async Task<bool> HasTitlePartAsync(ContentItem item, CancellationToken cancellationToken) =>
        (await definitions.TypeSnapshotAsync(item.ContentType, cancellationToken))?
            .ContentTypePartDefinitionRecords.Any(p => p.PartName == "TitlePart") == true;
}
