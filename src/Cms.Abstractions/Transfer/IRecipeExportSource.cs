using System.Text.Json.Nodes;

namespace Cms.Abstractions.Transfer;

/// <summary>
/// Recipe steps a module writes into the whole-site export (its documents: the <c>layers</c> step of
/// <c>Cms.Layers</c>), in the shape its own recipe step reads back; appended after the content step.
/// </summary>
public interface IRecipeExportSource
{
    Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken);
}
