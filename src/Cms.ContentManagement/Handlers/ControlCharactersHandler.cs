using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Microsoft.Extensions.Logging;

namespace Cms.ContentManagement.Handlers;

/// <summary>
/// On every save and import, removes control characters other than tab and line breaks from every text of the item
/// (title, fields, bodies, bag items) and logs a warning naming the item and each place cleaned: such characters
/// (Word's U+000B) would otherwise break the Atom feed and the calendars.
/// </summary>
public sealed class ControlCharactersHandler(ILogger<ControlCharactersHandler> logger) : IContentHandler
{
    public Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var cleaned = new List<string>();
        if (ControlCharacters.Contains(item.DisplayText))
        {
            item.DisplayText = ControlCharacters.Remove(item.DisplayText!);
            cleaned.Add("DisplayText");
        }
        foreach (var (name, node) in item.Content.ToList())
        {
            if (node is not null && HasForbidden(node)) Clean(node, name, cleaned);
        }
        if (cleaned.Count > 0)
        {
            logger.LogWarning("Control characters removed from {ContentType} {ContentItemId} in {Places}.",
                item.ContentType, item.ContentItemId, string.Join(", ", cleaned));
        }
        return Task.CompletedTask;
    }

    /// <summary>Whether a text anywhere in <paramref name="node"/> needs cleaning: read without copying, as most items are clean.</summary>
    private static bool HasForbidden(JsonNode node)
    {
        switch (node)
        {
            // By index: the containers' enumerators are boxed, one allocation per object and array walked.
            case JsonObject obj:
                for (var i = 0; i < obj.Count; i++)
                {
                    if (obj.GetAt(i).Value is { } child && HasForbidden(child)) return true;
                }
                return false;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child && HasForbidden(child)) return true;
                }
                return false;
            case JsonValue value:
                return value.TryGetValue<string>(out var text) && ControlCharacters.Contains(text);
            default:
                return false;
        }
    }

    private static void Clean(JsonNode node, string path, List<string> cleaned)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is null) continue;
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && ControlCharacters.Contains(text))
                    {
                        obj[key] = ControlCharacters.Remove(text);
                        cleaned.Add(path + "." + key);
                    }
                    else
                    {
                        Clean(child, path + "." + key, cleaned);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is null) continue;
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text) && ControlCharacters.Contains(text))
                    {
                        array[i] = ControlCharacters.Remove(text);
                        cleaned.Add($"{path}[{i}]");
                    }
                    else
                    {
                        Clean(array[i]!, $"{path}[{i}]", cleaned);
                    }
                }
                break;
        }
    }
}
