using System.Text.Json.Nodes;

namespace Cms.Layers.Services;

/// <summary>
/// The layers, as Orchard's <c>LayersDocument</c> holds them: name, description and the rule in Orchard's JSON
/// (<c>LayerRule</c>, read by <see cref="Rules.RuleJson"/>). Stored whole under <see cref="DocumentName"/>.
/// </summary>
public sealed class LayersDocument
{
    public const string DocumentName = "Layers";

    public List<StoredLayer> Layers { get; set; } = [];
}

public sealed class StoredLayer
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public JsonObject LayerRule { get; set; } = new();
}
