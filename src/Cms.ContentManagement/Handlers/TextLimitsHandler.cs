using System.Globalization;
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
        foreach (var (name, node) in item.Content)
        {
            if (node is not null) Check(node, name, errors);
        }
        return Task.CompletedTask;
    }

    private static void Check(JsonNode node, string path, ICollection<ContentValidationError> errors)
    {
        // Paths are built only for containers and errors: an item has many texts, and most are within their limits.
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject or JsonArray) Check(array[i]!, $"{path}[{i}]", errors);
            }
            return;
        }
        if (node is not JsonObject obj) return;
        foreach (var (key, child) in obj)
        {
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
                    errors.Add(new ContentValidationError(path + "." + key,
                        $"Ce texte compte {Number(text.Length)} caractères ; {Number(limit)} au plus sont acceptés."));
                }
                else if (key == "Markdown" && HtmlNesting.Exceeds(text))
                {
                    errors.Add(new ContentValidationError(path + "." + key,
                        $"Les balises HTML de ce texte sont imbriquées sur plus de {HtmlNesting.MaxDepth} niveaux : simplifiez-le."));
                }
            }
            else if (child is JsonObject or JsonArray)
            {
                Check(child, path + "." + key, errors);
            }
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
