using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;

namespace Cms.Abstractions.Editing;

/// <summary>
/// Parts an item's edit form shows besides its type's own (Orchard's <c>LayerMetadata</c> on a widget placed in a
/// zone, <c>Cms.Layers</c>): each is edited by the editor registered for <see cref="EditorPart.Kind"/> and stored
/// under <see cref="EditorPart.PartName"/>. Asked for the edited item only, not for the items nested in its bags.
/// </summary>
public interface IEditorPartSource
{
    IEnumerable<EditorPart> PartsFor(ContentTypeDefinitionRecord type, ContentItem item);
}

/// <summary>A part shown after the type's own: its name in the item, its registered part kind, its French label.</summary>
public sealed record EditorPart(string PartName, string Kind, string Label, string? Hint = null);
