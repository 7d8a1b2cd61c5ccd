using System.Text.Json.Nodes;

namespace Cms.Recipes.Services;

/// <summary>Case-insensitive access to JSON properties: recipe property and step names are matched regardless of case.</summary>
internal static class JsonProperties
{
    public static JsonNode? Get(this JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? GetString(this JsonObject json, string name) =>
        json.Get(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool GetBool(this JsonObject json, string name) =>
        json.Get(name) switch
        {
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var parsed) && parsed,
            _ => false,
        };
}
