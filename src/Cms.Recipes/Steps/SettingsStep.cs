using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;

namespace Cms.Recipes.Steps;

/// <summary>
/// <c>{ "name": "settings", "SiteName": "…", "Tagline": "…", "Navigation": [ { "Label": "Accueil", "Path": "/" } ], … }</c>:
/// sets the site settings the site theme needs. Orchard Core's <c>TimeZoneId</c> is read as <c>TimeZone</c>; settings
/// this code does not know are kept in <see cref="SiteSettings.Extra"/> (objects and arrays as their JSON text).
/// </summary>
public sealed class SettingsStep(ISiteSettingsStore store) : IRecipeStepHandler
{
    public string Name => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        Apply(settings, context.Step);
        context.Report.Messages.Add($"Réglages du site : « {settings.SiteName} ».");
        if (!context.DryRun)
        {
            await store.SaveAsync(settings, cancellationToken);
        }
    }

    public static void Apply(SiteSettings settings, JsonObject step)
    {
        foreach (var (name, value) in step)
        {
            switch (name.ToLowerInvariant())
            {
                case "name": break;
                case "sitename": settings.SiteName = Text(name, value) ?? settings.SiteName; break;
                case "tagline": settings.Tagline = Text(name, value); break;
                case "operator": settings.Operator = Text(name, value); break;
                case "baseurl": settings.BaseUrl = Text(name, value); break;
                case "timezone" or "timezoneid": settings.TimeZone = Text(name, value) ?? settings.TimeZone; break;
                case "culture": settings.Culture = Text(name, value) ?? settings.Culture; break;
                case "contactemail": settings.ContactEmail = Text(name, value); break;
                case "accessibilitystatus": settings.AccessibilityStatus = Text(name, value) ?? settings.AccessibilityStatus; break;
                case "pagesize": settings.PageSize = Number(name, value); break;
                case "navigation": settings.Navigation = Navigation(value); break;
                default:
                    settings.Extra[name] = value switch
                    {
                        null => "",
                        JsonValue v when v.TryGetValue<string>(out var s) => s,
                        _ => value.ToJsonString(),
                    };
                    break;
            }
        }
    }

    private static string? Text(string name, JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new RecipeException($"propriété « {name} » : texte attendu."),
    };

    private static int Number(string name, JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) && n > 0 => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var n) && n > 0 => n,
        _ => throw new RecipeException($"propriété « {name} » : nombre entier positif attendu."),
    };

    private static List<NavigationLink> Navigation(JsonNode? value)
    {
        if (value is not JsonArray array)
        {
            throw new RecipeException("propriété « Navigation » : tableau de { \"Label\", \"Path\" } attendu.");
        }
        var links = new List<NavigationLink>();
        for (var i = 0; i < array.Count; i++)
        {
            var link = array[i] is JsonObject o ? o.Deserialize<NavigationLink>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) : null;
            if (link is null || string.IsNullOrWhiteSpace(link.Label) || string.IsNullOrWhiteSpace(link.Path))
            {
                throw new RecipeException($"propriété « Navigation[{i}] » : « Label » et « Path » sont requis.");
            }
            links.Add(link);
        }
        return links;
    }
}
