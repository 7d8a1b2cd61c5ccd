using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Media;
using Cms.Admin.Media;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Editors;

/// <summary>
/// Media paths (picked in the library, or typed without JavaScript) with their alternative texts, posted as
/// parallel lists, one row per image; a row whose path is blank is removed. <c>Decorative</c> posts the positions
/// (in the posted list) of the images marked decorative. A non-decorative image needs an alternative text: the
/// error names the field and the image, so an imported item missing one is saved only once the editor fixes it.
/// A path that was not in the field before must exist in the media store. Stored as
/// <c>{ "Paths": […], "MediaTexts": […], "Decorative": [false, true…] }</c> (a decorative image's text is empty).
/// </summary>
public sealed class MediaFieldEditor(IMediaStore store) : IContentEditor
{
    public string View => "/Editors/_MediaField.cshtml";

    public async Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var settings = element.Settings.Get<MediaFieldSettings>();
        var paths = context.Values(element.Key("Paths"));
        var texts = context.Values(element.Key("MediaTexts"));
        var decorative = context.Values(element.Key(MediaFieldAltText.DecorativeProperty))
            .Select(v => int.TryParse(v, out var i) ? i : -1).ToHashSet();
        var previous = target["Paths"] is JsonArray before
            ? before.Select(p => p?.ToString() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];

        var keptPaths = new List<string>();
        var keptTexts = new List<string>();
        var keptDecorative = new List<bool>();
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i].Trim();
            if (path.Length == 0) continue;
            var position = keptPaths.Count + 1;
            var storePath = MediaPaths.ToStorePath(path);
            if (storePath is null && !previous.Contains(path))
            {
                context.Error(element.Prefix, $"« {element.Label} » : le chemin « {path} » n'est pas un chemin de la médiathèque (pas de « .. », de « \\ » ni de caractère de contrôle).");
                continue;
            }
            if (storePath is not null && !previous.Contains(path) && !await store.ExistsAsync(storePath, context.CancellationToken))
            {
                context.Error(element.Prefix, $"« {element.Label} » : le fichier « {path} » n'existe pas dans la médiathèque.");
                continue;
            }
            var isDecorative = decorative.Contains(i);
            var text = isDecorative ? "" : (i < texts.Count ? texts[i].Trim() : "");
            if (settings.AllowMediaText && !isDecorative && text.Length == 0)
            {
                context.Error(element.Prefix + ".MediaTexts",
                    $"« {element.Label} » : l'image {position} (« {path} ») n'a pas de texte alternatif. Décrivez ce qu'elle montre, ou cochez « Image décorative » si elle n'apporte aucune information.");
            }
            keptPaths.Add(path);
            keptTexts.Add(text);
            keptDecorative.Add(isDecorative);
        }
        if (!settings.Multiple && keptPaths.Count > 1)
        {
            context.Error(element.Prefix, $"« {element.Label} » n'accepte qu'un seul média.");
        }
        if (settings.Required && keptPaths.Count == 0)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        target["Paths"] = new JsonArray(keptPaths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        target["MediaTexts"] = new JsonArray(keptTexts.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        target[MediaFieldAltText.DecorativeProperty] = new JsonArray(keptDecorative.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
    }
}
