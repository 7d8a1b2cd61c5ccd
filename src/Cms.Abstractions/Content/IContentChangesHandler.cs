namespace Cms.Abstractions.Content;

/// <summary>
/// A content handler that hears the changes of one committed write together, in one call, instead of
/// <see cref="IContentHandler.ChangedAsync"/> once per change: a batch import commits hundreds of items at once, and
/// work such as reading the items back from the store is then done once for all of them. The content manager calls it
/// after the other handlers have heard each change of the write.
/// </summary>
public interface IContentChangesHandler : IContentHandler
{
    Task ChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken);
}
