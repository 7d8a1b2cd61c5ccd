using Cms.Admin.Editors;
using Cms.Abstractions.Time;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Admin.History;

/// <summary>
/// A version as readable text for comparison: one heading per value, named as the form names it
/// (<c>## Évènement › Début</c>, <c>## Informations pratiques › Champ d'information 1 › Lien › adresse</c>), followed by
/// the value, Markdown kept line by line, dates shown in Paris time. Header properties (ids, flags) are left out.
/// </summary>
public static class VersionText
{
    /// <summary>Marks a heading line in the text; never shown.</summary>
    public const string HeadingMarker = "## ";
    private const string Separator = " › ";

    /// <summary>Properties that are a field's or part's value itself: the heading names the field alone.</summary>
    private static readonly HashSet<string> MainProperties = ["Title", "Path", "Markdown", "Value", "Values", "ContentItemIds", "Paths", "Html"];

    private static readonly Dictionary<string, string> PropertyLabels = new(StringComparer.Ordinal)
    {
        ["Url"] = "adresse",
        ["Text"] = "texte",
        ["MediaTexts"] = "textes alternatifs",
        ["Decorative"] = "décoratives",
    };

    public static string Of(ContentItem item, SiteClock clock, ContentLabels? labels = null)
    {
        labels ??= ContentLabels.None;
        var builder = new StringBuilder();
        WriteItem(builder, item, label: null, labels, clock);
        return builder.ToString();
    }

    private static void WriteItem(StringBuilder builder, ContentItem item, string? label, ContentLabels labels, SiteClock clock)
    {
        foreach (var (name, node) in item.Content)
        {
            var (partLabel, partDefinition) = labels.Part(item.ContentType, name);
            var path = label is null ? partLabel : label + Separator + partLabel;
            if (node is JsonObject part && part["ContentItems"] is JsonArray nested && part.Count == 1)
            {
                // A BagPart: each nested item by its type and position.
                for (var i = 0; i < nested.Count; i++)
                {
                    if (nested[i] is not JsonObject obj) continue;
                    var child = ContentItem.FromJson(obj);
                    WriteItem(builder, child, $"{path}{Separator}{labels.Type(child.ContentType)} {i + 1}", labels, clock);
                }
                continue;
            }
            if (node is JsonObject fields)
            {
                foreach (var (fieldName, value) in fields)
                {
                    var fieldLabel = labels.Field(partDefinition, fieldName);
                    var fieldPath = fieldLabel is null ? Property(path, fieldName, fields.Count) : path + Separator + fieldLabel;
                    Write(builder, fieldPath, value, clock);
                }
                continue;
            }
            Write(builder, path, node, clock);
        }
    }

    private static string Property(string path, string name, int siblings) =>
        siblings == 1 || MainProperties.Contains(name) ? path : path + Separator + PropertyLabels.GetValueOrDefault(name, name);

    private static void Write(StringBuilder builder, string path, JsonNode? node, SiteClock clock)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj) Write(builder, Property(path, name, obj.Count), value, clock);
                break;
            case JsonArray array when array.All(e => e is JsonValue):
                builder.Append(HeadingMarker).AppendLine(path);
                foreach (var value in array) builder.Append("- ").AppendLine(Scalar(value, clock));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Write(builder, $"{path} {i + 1}", array[i], clock);
                break;
            default:
                builder.Append(HeadingMarker).AppendLine(path);
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
                return $"{clock.Display(utc)} ({clock.ZoneLabel})";
            }
            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        return node.ToJsonString();
    }
}
