using System.Text.Json.Nodes;
using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// Orchard Core's <c>{ "name": "MediaProfiles", "MediaProfiles": { "banner": { "Width": 2048, "Height": 600, "Mode": 2,
/// "Format": 0, "Quality": 100, "BackgroundColor": "" } } }</c>: adds or replaces each profile. Modes and formats are
/// Orchard's numbers or names (<c>"Crop"</c>, <c>"WebP"</c>); a value out of range stops the step naming the profile.
/// </summary>
public sealed class MediaProfilesStep(MediaProfileStore profiles, IDocumentStore documents) : IRecipeStepHandler
{
    public string Name => "MediaProfiles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("MediaProfiles") is not JsonObject incoming)
        {
            throw new RecipeException("propriété « MediaProfiles » : objet attendu, { \"banner\": { \"Width\": 2048, \"Height\": 600 } }.");
        }
        var read = new Dictionary<string, MediaProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in incoming)
        {
            if (string.IsNullOrWhiteSpace(name) || value is not JsonObject json) throw new RecipeException($"profil « {name} » : objet attendu.");
            var profile = new MediaProfile
            {
                Hint = Text(json, "Hint"),
                Width = Number(json, name, "Width", 0, ResizeCommands.MaxSide),
                Height = Number(json, name, "Height", 0, ResizeCommands.MaxSide),
                Mode = Enum<ResizeMode>(json, name, "Mode"),
                Format = Enum<ImageFormat>(json, name, "Format"),
                Quality = Get(json, "Quality") is null ? 100 : Number(json, name, "Quality", 1, 100),
                BackgroundColor = Text(json, "BackgroundColor") is { Length: > 0 } color ? color : null,
            };
            if (profile.Width == 0 && profile.Height == 0) throw new RecipeException($"profil « {name} » : « Width » ou « Height » attendu (en pixels).");
            if (profile.BackgroundColor is { } c && !ResizeCommands.From(profile, "v").IsValid) throw new RecipeException($"profil « {name} » : « BackgroundColor » « {c} » n'est pas une couleur (#rrggbb).");
            read[name.Trim()] = profile;
        }
        await profiles.SaveAsync(read, documents, cancellationToken);
        context.Report.Messages.Add($"Profils d'images enregistrés : {string.Join(", ", read.Keys.Select(k => $"« {k} »"))}.");
    }

    private static JsonNode? Get(JsonObject json, string name) => RecipeJson.Get(json, name);

    private static string? Text(JsonObject json, string name) => RecipeJson.Text(json, name)?.Trim();

    private static int Number(JsonObject json, string profile, string name, int min, int max)
    {
        var node = Get(json, name);
        if (node is null) return 0;
        if (node is JsonValue v && v.TryGetValue<int>(out var n) && n >= min && n <= max) return n;
        throw new RecipeException($"profil « {profile} » : « {name} » doit être un nombre entre {min} et {max} (reçu {node.ToJsonString()}).");
    }

    private static T Enum<T>(JsonObject json, string profile, string name) where T : struct, System.Enum
    {
        var node = Get(json, name);
        if (node is null) return default;
        if (node is JsonValue v)
        {
            if (v.TryGetValue<int>(out var n) && System.Enum.IsDefined(typeof(T), n)) return (T)System.Enum.ToObject(typeof(T), n);
            if (v.TryGetValue<string>(out var s) && System.Enum.TryParse<T>(s, ignoreCase: true, out var e) && System.Enum.IsDefined(e)) return e;
        }
        throw new RecipeException($"profil « {profile} » : « {name} » vaut {node.ToJsonString()}, attendu l'un de {string.Join(", ", System.Enum.GetNames<T>())} (ou son numéro).");
    }
}

/// <summary>The profiles written back into the whole-site export, in Orchard's shape (modes and formats as numbers).</summary>
public sealed class MediaProfilesExportSource(IDocumentStore documents) : Cms.Abstractions.Transfer.IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<MediaProfilesDocument>(MediaProfilesDocument.DocumentName, cancellationToken);
        if (document.MediaProfiles.Count == 0) return [];
        var profiles = new JsonObject();
        foreach (var (name, profile) in document.MediaProfiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            profiles[name] = new JsonObject
            {
                ["Hint"] = profile.Hint,
                ["Width"] = profile.Width,
                ["Height"] = profile.Height,
                ["Mode"] = (int)profile.Mode,
                ["Format"] = (int)profile.Format,
                ["Quality"] = profile.Quality,
                ["BackgroundColor"] = profile.BackgroundColor ?? "",
            };
        }
        return [new JsonObject { ["name"] = "MediaProfiles", ["MediaProfiles"] = profiles }];
    }
}
