using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;

namespace Cms.Display.Text;

// What the parts the core relies on contribute to an item's words (full-text search), registered with their display.

/// <summary>The title, weighing most.</summary>
public sealed class TitlePartTextExtractor() : PropertyTextExtractor("Title")
{
    public override float Weight => 4f;
}

/// <summary>The body as text (Markdown and HTML markup removed).</summary>
public sealed class MarkdownBodyPartTextExtractor() : PropertyTextExtractor("Markdown", PropertyText.Markdown);

/// <summary>The contained items (an event's practical information), each with its own type's definition.</summary>
public sealed class BagPartTextExtractor : IContentTextExtractor
{
    public async Task ExtractAsync(JsonObject element, ContentTextExtraction output, CancellationToken cancellationToken)
    {
        if (element["ContentItems"] is not JsonArray items) return;
        foreach (var node in items)
        {
            if (node is JsonObject json) await output.Services.ExtractItemAsync(ContentItem.FromJson(json), output, cancellationToken);
        }
    }
}
