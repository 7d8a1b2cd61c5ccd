using System.Text.Json.Nodes;

namespace Cms.Abstractions.Content;

/// <summary>
/// Where an imported item came from: <c>{ "SourcePath": "_evenements/x.markdown", "Data": { every front matter key } }</c>.
/// <c>SourceHash</c> is the hash of the source file's bytes when it was last imported.
/// </summary>
public sealed class FrontMatterPart
{
    public string? SourcePath { get; set; }
    public string? SourceHash { get; set; }
    /// <summary>The document's URL on the Jekyll site it was imported from (decoded, e.g. <c>/agenda/Mon-Évènement/</c>), when known.</summary>
    public string? JekyllUrl { get; set; }
    public JsonObject? Data { get; set; }
}
