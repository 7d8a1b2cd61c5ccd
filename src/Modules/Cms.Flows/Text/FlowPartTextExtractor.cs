using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Flows.Models;

namespace Cms.Flows.Text;

/// <summary>The words of a flow's widgets (full-text search), each widget with its own type's definition.</summary>
public sealed class FlowPartTextExtractor : IContentTextExtractor
{
    public async Task ExtractAsync(JsonObject element, ContentTextExtraction output, CancellationToken cancellationToken)
    {
        foreach (var widget in FlowPart.Widgets(element))
        {
            await output.Services.ExtractItemAsync(widget, output, cancellationToken);
        }
    }
}
