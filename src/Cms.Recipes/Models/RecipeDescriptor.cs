using System.Text.Json.Nodes;

namespace Cms.Recipes.Models;

/// <summary>An Orchard Core 1.x recipe as read from its file: the header and the raw steps (expressions not yet resolved).</summary>
public sealed class RecipeDescriptor
{
    public required string FilePath { get; init; }
    public string Name { get; init; } = "";
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string? Version { get; init; }
    public bool IsSetupRecipe { get; init; }
    public JsonObject Variables { get; init; } = new();
    public IReadOnlyList<RecipeStep> Steps { get; init; } = [];

    public string Directory => Path.GetDirectoryName(Path.GetFullPath(FilePath))!;
}

/// <summary>One step: its name (as written), position (1-based) and JSON object.</summary>
public sealed record RecipeStep(int Index, string Name, JsonObject Json);
