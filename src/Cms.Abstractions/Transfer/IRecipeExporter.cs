using System.Text.Json.Nodes;

namespace Cms.Abstractions.Transfer;

/// <summary>Writes the site, or some of its content types, as an Orchard-style recipe (implemented by Cms.Recipes).</summary>
public interface IRecipeExporter
{
    /// <param name="contentTypes">
    /// Null or empty: everything (definitions, site settings, every item). Otherwise only these types' definitions
    /// (with the parts they use and the types their bags contain) and their items; no settings step.
    /// </param>
    Task<JsonObject> ExportAsync(IReadOnlyCollection<string>? contentTypes, CancellationToken cancellationToken = default);
}
