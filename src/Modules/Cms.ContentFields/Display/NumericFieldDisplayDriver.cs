using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Display;

/// <summary>Adds <c>Model.Text</c>: the number written the French way with the field's decimals (« 1 234,50 »); nothing when empty.</summary>
public sealed class NumericFieldDisplayDriver : ShapeDisplayDriver
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        if (Number(context.Value["Value"]) is not { } value) return false;
        var scale = Math.Clamp(context.Settings.Get<NumericFieldSettings>().Scale, 0, 10);
        shape.With("Text", value.ToString("N" + scale.ToString(CultureInfo.InvariantCulture), French));
        return true;
    }

    /// <summary>The number however the JSON holds it (parsed text, or a double or integer set in code); null when empty or not a number.</summary>
    public static decimal? Number(JsonNode? node) =>
        node is not JsonValue value ? null
        : value.TryGetValue<decimal>(out var d) ? d
        : value.TryGetValue<double>(out var x) && double.IsFinite(x) ? (decimal)x
        : value.TryGetValue<long>(out var l) ? l
        : null;
}
