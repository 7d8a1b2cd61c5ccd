using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Abstractions.Clustering;

namespace Cms.Clustering.ChangeBus;

/// <summary>What travels on the channel: the sender's node id (a node ignores its own messages) and the change.</summary>
internal sealed record ChangeMessage(
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("kind")] ClusterChangeKind Kind,
    [property: JsonPropertyName("id")] string? ContentItemId,
    [property: JsonPropertyName("type")] string? ContentType,
    [property: JsonPropertyName("doc")] string? DocumentName = null)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public ClusterChange Change => new(Kind, ContentItemId, ContentType, DocumentName);

    public static ChangeMessage From(string node, ClusterChange change) => new(node, change.Kind, change.ContentItemId, change.ContentType, change.DocumentName);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The message, or null when it is not one of ours (logged by the caller).</summary>
    public static ChangeMessage? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<ChangeMessage>(json, Json) is { Node: not null } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
