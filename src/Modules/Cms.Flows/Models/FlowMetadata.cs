using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Flows.Models;

/// <summary>Orchard Core's <c>FlowAlignment</c>, stored as its number (Orchard 1.x) or its name.</summary>
public enum FlowAlignment { Left, Center, Right, Justify }

/// <summary>
/// The part Orchard welds on each widget of a flow: <c>"FlowMetadata": { "Alignment": 3, "Size": 100 }</c>, the widget's
/// alignment and its width in percent of the flow (Orchard offers 25, 33, 50, 66, 75 and 100). Absent or unreadable
/// values read as Orchard's defaults, justified and full width.
/// </summary>
public sealed record FlowMetadata(FlowAlignment Alignment, int Size)
{
    public const string PartName = "FlowMetadata";
    public static readonly FlowMetadata Default = new(FlowAlignment.Justify, 100);
    /// <summary>The sizes the editor offers, Orchard's.</summary>
    public static readonly int[] Sizes = [25, 33, 50, 66, 75, 100];

    public static FlowMetadata Of(ContentItem widget) => Read(widget.GetPart(PartName));

    public static FlowMetadata Read(JsonObject? part)
    {
        if (part is null) return Default;
        var alignment = ParseAlignment(part["Alignment"]) ?? Default.Alignment;
        var size = part["Size"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var s) && s is > 0 and <= 100
            ? s : Default.Size;
        return new FlowMetadata(alignment, size);
    }

    public static FlowAlignment? ParseAlignment(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) && Enum.IsDefined((FlowAlignment)n) => (FlowAlignment)n,
        JsonValue v when v.TryGetValue<string>(out var text) && Enum.TryParse<FlowAlignment>(text, ignoreCase: true, out var a) && Enum.IsDefined(a) => a,
        _ => null,
    };

    /// <summary>Writes into the widget's FlowMetadata, keeping the alignment's stored form (number or name) and any other property.</summary>
    public void WriteTo(ContentItem widget)
    {
        var part = widget.Part(PartName);
        part["Alignment"] = part["Alignment"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? JsonValue.Create(Alignment.ToString())
            : JsonValue.Create((int)Alignment);
        part["Size"] = Size;
    }

    /// <summary>The DSFR grid columns of the size from the medium breakpoint (full width on small screens).</summary>
    public string ColumnClasses()
    {
        var columns = Math.Clamp((int)Math.Round(Size * 12 / 100.0, MidpointRounding.AwayFromZero), 1, 12);
        return columns == 12 ? "fr-col-12" : $"fr-col-12 fr-col-md-{columns}";
    }

    /// <summary><c>left</c>, <c>center</c>, <c>right</c>, <c>justify</c>.</summary>
    public string AlignmentName => Alignment.ToString().ToLowerInvariant();
}
