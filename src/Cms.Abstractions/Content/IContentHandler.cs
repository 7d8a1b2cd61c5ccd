namespace Cms.Abstractions.Content;

/// <summary>
/// Part handlers: called by the content manager inside its transaction. Validating adds errors (nothing is saved
/// when there are any); the others may change the item before it is stored or react after it was.
/// </summary>
public interface IContentHandler
{
    /// <summary>Before validation, on every save: keep derived values (DisplayText, paths) in step.</summary>
    Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds errors naming the field; <paramref name="publishing"/> says whether the save publishes.</summary>
    Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After a write was committed (published, unpublished, saved, deleted, imported).</summary>
    Task ChangedAsync(ContentChange change, CancellationToken cancellationToken) => Task.CompletedTask;
}

public enum ContentChangeKind { Created, Saved, Published, Unpublished, DraftDiscarded, Deleted, Restored, Imported }

/// <summary>A committed change: what happened, to which item and type, by whom.</summary>
public sealed record ContentChange(ContentChangeKind Kind, string ContentItemId, string ContentType, string? ContentItemVersionId, string? UserName)
{
    /// <summary>
    /// The version this change wrote, as it was committed, when the writer still holds it (a batch import): handlers
    /// read it instead of the store (<see cref="ContentChangeItems"/>). Shared by every handler: read it, never change it.
    /// </summary>
    public ContentItem? Item { get; init; }

    /// <summary>
    /// Set by a writer that knows the item has no published version once this change is committed (a batch import's
    /// draft of an item never published): <see cref="ContentChangeItems"/> then does not look for one in the store.
    /// </summary>
    public bool NoPublishedVersion { get; init; }
}
