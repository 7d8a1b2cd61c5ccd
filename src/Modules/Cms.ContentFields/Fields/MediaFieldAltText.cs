using System.Text.Json.Nodes;

namespace Cms.ContentFields.Fields;

/// <summary>
/// The alternative text of a MediaField's image as a page must render it. Besides <c>Paths</c> and <c>MediaTexts</c>
/// the back office stores <c>"Decorative": [false, true, …]</c> (same order): a decorative image has an empty
/// alternative text (<c>alt=""</c>), whatever <c>MediaTexts</c> holds.
/// </summary>
public static class MediaFieldAltText
{
    public const string DecorativeProperty = "Decorative";

    /// <summary>"" for a decorative image, else its <c>MediaTexts</c> entry trimmed ("" when missing).</summary>
    public static string For(JsonNode? field, int index)
    {
        if (field is not JsonObject obj || index < 0) return "";
        if (obj[DecorativeProperty] is JsonArray decorative && index < decorative.Count &&
            decorative[index] is JsonValue flag && flag.TryGetValue<bool>(out var isDecorative) && isDecorative)
        {
            return "";
        }
        return obj["MediaTexts"] is JsonArray texts && index < texts.Count && texts[index] is JsonValue text && text.TryGetValue<string>(out var value)
            ? value.Trim()
            : "";
    }
}
