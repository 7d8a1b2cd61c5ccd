using Cms.Admin.Editors;
using Cms.Abstractions.Time;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Admin.History;

/// <summary>
/// A version as readable text for comparison: one heading per value (<c>## Event.StartDate.Value</c>) followed by
/// the value, Markdown kept line by line, dates shown in Paris time. Header properties (ids, flags) are left out.
/// </summary>
public static class VersionText
{
    public static string Of(ContentItem item, SiteClock clock)
    {
        var builder = new StringBuilder();
        foreach (var (name, node) in item.Content)
        {
            Write(builder, clock, name, node);
        }
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SiteClock clock, string path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj["ContentItemId"] is not null && obj["ContentType"] is not null:
                // A nested item (BagPart): its parts, not its header.
                var nested = ContentItem.FromJson(obj);
                foreach (var (name, value) in nested.Content) Write(builder, clock, $"{path}.{name}", value);
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj) Write(builder, clock, $"{path}.{name}", value);
                break;
            case JsonArray array when array.All(e => e is JsonValue):
                builder.Append("## ").AppendLine(path);
                foreach (var value in array) builder.Append("- ").AppendLine(Scalar(value, clock));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Write(builder, clock, $"{path}[{i}]", array[i]);
                break;
            default:
                builder.Append("## ").AppendLine(path);
                builder.AppendLine(Scalar(node, clock));
                break;
        }
    }

    private static string Scalar(JsonNode? node, SiteClock clock)
    {
        if (node is null) return "(vide)";
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (text.Length is >= 20 and <= 40 && text.EndsWith('Z') && DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var utc))
            {
                return $"{clock.Display(utc)} (heure de Paris)";
            }
            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        return node.ToJsonString();
    }
}
