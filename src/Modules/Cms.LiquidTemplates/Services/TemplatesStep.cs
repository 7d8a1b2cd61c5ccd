using Cms.Abstractions.Transfer;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;

namespace Cms.LiquidTemplates.Services;

/// <summary>
/// Orchard Core's <c>{ "name": "Templates", "Templates": { "Content__LandingPage": { "Content": "…", "Description": "…" } } }</c>:
/// adds or replaces each template. Every template is parsed first; one that does not parse stops the step naming it
/// and its line, and none is stored.
/// </summary>
public sealed class TemplatesStep(TemplatesManager manager) : IRecipeStepHandler
{
    public string Name => "Templates";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Templates") is not JsonObject templates)
        {
            throw new RecipeException("propriété « Templates » : objet attendu, { \"Content__LandingPage\": { \"Content\": \"…\" } }.");
        }
        var incoming = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, value) in templates)
        {
            if (value is not JsonObject template || RecipeJson.Text(template, "Content") is not { } content)
            {
                throw new RecipeException($"modèle « {name} » : propriété « Content » (le texte Liquid) attendue.");
            }
            incoming[name] = new Template { Content = content, Description = RecipeJson.Text(template, "Description") };
        }
        var errors = await manager.ImportAsync(incoming, cancellationToken);
        if (errors.Count > 0) throw new RecipeException(string.Join(" ", errors));
        context.Report.Messages.Add($"Modèles enregistrés : {string.Join(", ", incoming.Keys.Select(k => $"« {k} »"))}.");
    }
}

/// <summary>The stored templates written back into the whole-site export, in the shape <see cref="TemplatesStep"/> reads.</summary>
public sealed class TemplatesExportSource(TemplatesManager manager) : IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var document = await manager.GetAsync(cancellationToken);
        if (document.Templates.Count == 0) return [];
        var templates = new JsonObject();
        foreach (var (name, template) in document.Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            templates[name] = new JsonObject { ["Content"] = template.Content, ["Description"] = template.Description };
        }
        return [new JsonObject { ["name"] = "Templates", ["Templates"] = templates }];
    }
}
