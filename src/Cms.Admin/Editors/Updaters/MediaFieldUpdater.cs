using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;

namespace Cms.Admin.Editors.Updaters;

/// <summary>
/// Media paths with their alternative texts, posted as parallel lists (one row per image, plus an empty row to
/// add one); a row whose path is blank is removed.
/// </summary>
public sealed class MediaFieldUpdater : IEditorUpdater
{
    public string Kind => "MediaField";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var settings = element.Settings.Get<MediaFieldSettings>();
        var paths = context.Values(element.Key("Paths"));
        var texts = context.Values(element.Key("MediaTexts"));
        var keptPaths = new List<string>();
        var keptTexts = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i].Trim();
            if (path.Length == 0) continue;
            if (path.Split('/', '\\').Contains("..") || path.Any(char.IsControl))
            {
                context.Error(element.Prefix, $"Le chemin « {path} » n'est pas valide (pas de « .. » ni de caractère de contrôle).");
                continue;
            }
            keptPaths.Add(path);
            keptTexts.Add(i < texts.Count ? texts[i].Trim() : "");
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
        return Task.CompletedTask;
    }
}
