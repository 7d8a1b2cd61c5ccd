using Cms.Abstractions.Editing;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;

namespace Cms.Admin.Editors;

/// <summary>Everything the edit form shows: the item as edited, its editors, errors, conflict and the actions allowed.</summary>
public sealed class ContentEditorView
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinitionRecord Type { get; init; }
    public required List<EditorElement> Elements { get; init; }
    public required EditorState State { get; init; }
    public bool IsNew { get; init; }
    /// <summary>The version the form was loaded from (sent back with the form: the conflict check compares it).</summary>
    public string? BaseVersionId { get; init; }
    public bool CanPublish { get; init; }
    public bool CanDelete { get; init; }
    /// <summary>The stored latest and published versions (null for a new item).</summary>
    public ContentItem? Latest { get; init; }
    public ContentItem? Published { get; init; }
    /// <summary>Set when the save was refused because someone saved in between.</summary>
    public ContentConflictException? Conflict { get; init; }
    /// <summary>A message shown above the form (French), e.g. after re-basing on the latest version.</summary>
    public string? Notice { get; init; }

    /// <summary>Errors that no editor shows next to its inputs (listed in the summary only).</summary>
    public IEnumerable<KeyValuePair<string, List<string>>> AllErrors => State.Errors;
}
