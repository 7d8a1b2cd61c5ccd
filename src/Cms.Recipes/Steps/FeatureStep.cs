using System.Text.Json.Nodes;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;

namespace Cms.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>{ "name": "feature", "enable": [ … ], "disable": [ … ] }</c>. Our modules are chosen at start
/// (every installed module runs unless <c>Cms:Modules:Disabled</c> names it), so the step checks instead of switching:
/// each id that one of our running modules provides (its own id, or an Orchard id it declares with
/// <see cref="FeatureAliasServiceCollectionExtensions.AddFeatureAliases"/>) is reported as enabled; every other id
/// becomes a warning in the report, never silently ignored.
/// </summary>
public sealed class FeatureStep(IEnumerable<FeatureAlias> aliases, EnabledModules? modules = null) : IRecipeStepHandler
{
    public string Name => "feature";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var providers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, name) in (modules ?? EnabledModules.FromLoadedAssemblies()).Names) providers.TryAdd(id, name);
        foreach (var alias in aliases) providers.TryAdd(alias.OrchardId, alias.ModuleName);

        var enabled = new List<string>();
        var missing = new List<string>();
        foreach (var id in Ids(context, "enable"))
        {
            (providers.TryGetValue(id, out var module) ? enabled : missing).Add(providers.TryGetValue(id, out module) ? $"{id} ({module})" : id);
        }
        if (enabled.Count > 0)
        {
            context.Report.Messages.Add($"Fonctionnalités présentes : {string.Join(", ", enabled)}.");
        }
        if (missing.Count > 0)
        {
            context.Report.Warnings.Add($"fonctionnalités demandées par la recette et absentes de ce site : {string.Join(", ", missing)}.");
        }
        foreach (var id in Ids(context, "disable").Where(providers.ContainsKey))
        {
            context.Report.Warnings.Add(
                $"la recette demande de désactiver « {id} » ({providers[id]}) : un module se désactive dans la configuration (Cms:Modules:Disabled), puis au redémarrage.");
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Ids(RecipeStepContext context, string property) => context.Property(property) switch
    {
        null => [],
        JsonArray array => array.Select((node, i) => node is JsonValue v && v.TryGetValue<string>(out var id) && !string.IsNullOrWhiteSpace(id)
            ? id.Trim()
            : throw new RecipeException($"propriété « {property}[{i}] » : identifiant de fonctionnalité attendu.")).ToList(),
        _ => throw new RecipeException($"propriété « {property} » : tableau d'identifiants attendu."),
    };
}
