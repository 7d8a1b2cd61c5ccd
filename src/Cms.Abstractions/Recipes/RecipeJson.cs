using System.Text.Json.Nodes;

namespace Cms.Abstractions.Recipes;

/// <summary>Reading a recipe's JSON as Orchard writes it: property names in any case.</summary>
public static class RecipeJson
{
    /// <summary>The property <paramref name="name"/> of <paramref name="json"/>, case-insensitively, or null.</summary>
    public static JsonNode? Get(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The string property <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? Text(JsonObject json, string name) =>
        Get(json, name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The boolean property <paramref name="name"/>, false when absent or not a boolean.</summary>
    public static bool Flag(JsonObject json, string name) =>
        Get(json, name) is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
