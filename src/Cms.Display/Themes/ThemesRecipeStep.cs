using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;

namespace Cms.Display.Themes;

/// <summary>
/// Orchard Core's <c>{ "name": "themes", "site": "TheBlogTheme", "admin": "TheAdmin" }</c>. The site theme is chosen
/// in configuration (<c>Cms:SiteTheme</c>) and read at start, so the step reports: the theme already active; a theme
/// installed under <c>themes/</c> that configuration must name (a warning saying so); or a theme this site does not
/// have (a warning). The back office has one theme of its own: an admin theme is noted, never applied.
/// </summary>
public sealed class ThemesRecipeStep(SiteTheme active) : IRecipeStepHandler
{
    public string Name => "themes";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (Text(context, "site") is { } site)
        {
            var installed = Path.GetDirectoryName(active.Directory) is { } themes
                && File.Exists(Path.Combine(themes, site, "theme.json"));
            if (string.Equals(site, active.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(site, Path.GetFileName(active.Directory), StringComparison.OrdinalIgnoreCase))
            {
                context.Report.Messages.Add($"Thème du site : « {site} », déjà actif.");
            }
            else if (installed)
            {
                context.Report.Warnings.Add(
                    $"la recette choisit le thème « {site} », installé ; le site garde « {active.Name} » tant que la configuration ne dit pas Cms:SiteTheme={site} (puis redémarrage).");
            }
            else
            {
                context.Report.Warnings.Add($"la recette choisit le thème « {site} », absent de ce site : le site garde « {active.Name} ».");
            }
        }
        if (Text(context, "admin") is { } admin)
        {
            context.Report.Messages.Add($"Thème du back-office demandé : « {admin} » ; le back-office garde son propre thème DSFR.");
        }
        return Task.CompletedTask;
    }

    private static string? Text(RecipeStepContext context, string name) => context.Property(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => throw new RecipeException($"propriété « {name} » : nom de thème attendu."),
    };
}
