using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace Cms.MarkdownImport.Export;

/// <summary>
/// Front matter (as JSON, keys in their order) to YAML with YamlDotNet. Strings that YAML would read as something
/// else (<c>true</c>, <c>12</c>, <c>null</c>, <c>~</c>…) and strings YAML cannot write plain (leading or trailing
/// spaces, <c>: </c>, <c>#</c>, quotes…) are quoted; booleans and numbers stay plain; null is written empty-valued.
/// </summary>
public static class FrontMatterYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    public static string Write(JsonObject data) => Serializer.Serialize(ToObject(data) ?? new Dictionary<string, object?>());

    private static object? ToObject(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToObject(p.Value)),
        JsonArray array => array.Select(ToObject).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Number(value.ToJsonString()),
            _ => null,
        },
        _ => null,
    };

    private static object Number(string json) =>
        long.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? integer
            : double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture);
}
