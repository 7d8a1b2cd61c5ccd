using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.ContentManagement.Handlers;

/// <summary>
/// Refuses, naming the field and the limit, a title, text field or Markdown text longer than
/// <see cref="ContentLimits"/> allows, and a Markdown text whose raw HTML nests deeper than
/// <see cref="HtmlNesting.MaxDepth"/> levels. Applies to saves from the back office, recipes and imports alike.
/// </summary>
public sealed class TextLimitsHandler : IContentHandler
{
    public Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        var path = new List<PathStep>();
        foreach (var (name, node) in item.Content)
        {
            if (node is null) continue;
            path.Add(new PathStep(name, 0));
            Check(node, path, errors);
            path.RemoveAt(path.Count - 1);
        }
        return Task.CompletedTask;
    }

    /// <summary>One step of a text's place: a property (<paramref name="Key"/>) or an array's item (<paramref name="Index"/>).</summary>
    private readonly record struct PathStep(string? Key, int Index);

    /// <summary>The place as errors name it: <c>Part.Field.Values[2].Text</c>.</summary>
    private static string PathText(List<PathStep> path, string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i].Key is not { } name) text.Append('[').Append(path[i].Index).Append(']');
            else if (i == 0) text.Append(name);
            else text.Append('.').Append(name);
        }
        return text.Append('.').Append(key).ToString();
    }

    private static void Check(JsonNode node, List<PathStep> path, ICollection<ContentValidationError> errors)
    {
        // Places are named only for errors, and containers walked by index (their enumerators are boxed): an item has
        // many texts, and most are within their limits.
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is not (JsonObject or JsonArray)) continue;
                path.Add(new PathStep(null, i));
                Check(array[i]!, path, errors);
                path.RemoveAt(path.Count - 1);
            }
            return;
        }
        if (node is not JsonObject obj) return;
        for (var i = 0; i < obj.Count; i++)
        {
            var (key, child) = obj.GetAt(i);
            if (child is JsonValue value && value.TryGetValue<string>(out var text))
            {
                var max = key switch
                {
                    "Title" => ContentLimits.MaxTitleLength,
                    "Text" => ContentLimits.MaxTextLength,
                    "Markdown" => ContentLimits.MaxMarkdownLength,
                    _ => (int?)null,
                };
                if (max is { } limit && text.Length > limit)
                {
                    errors.Add(new ContentValidationError(PathText(path, key),
                        $"Ce texte compte {Number(text.Length)} caractères ; {Number(limit)} au plus sont acceptés."));
                }
                else if (key == "Markdown" && HtmlNesting.Exceeds(text))
                {
                    errors.Add(new ContentValidationError(PathText(path, key),
                        $"Les balises HTML de ce texte sont imbriquées sur plus de {HtmlNesting.MaxDepth} niveaux : simplifiez-le."));
                }
            }
            else if (child is JsonObject or JsonArray)
            {
                path.Add(new PathStep(key, 0));
                Check(child, path, errors);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
