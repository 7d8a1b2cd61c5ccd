namespace Cms.Abstractions.Content;

/// <summary>A save refused because of the content: each error names the field (e.g. <c>AutoroutePart.Path</c>).</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}

public sealed record ContentValidationError(string Field, string Message);

/// <summary>A save based on a version that is no longer the latest: says who changed the item in between, and when.</summary>
public sealed class ContentConflictException(string contentItemId, string latestVersionId, string? changedBy, DateTime? changedUtc)
    : Exception($"L'élément a été modifié par {changedBy ?? "un autre utilisateur"} le {changedUtc:yyyy-MM-dd HH:mm:ss} UTC, après la version que vous modifiez.")
{
    public string ContentItemId { get; } = contentItemId;
    public string LatestVersionId { get; } = latestVersionId;
    public string? ChangedBy { get; } = changedBy;
    public DateTime? ChangedUtc { get; } = changedUtc;
}

/// <summary>The item or version asked for does not exist.</summary>
public sealed class ContentNotFoundException(string id) : Exception($"No content item or version '{id}'.")
{
    public string Id { get; } = id;
}
