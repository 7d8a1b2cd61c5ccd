using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Transfer;
using Cms.Layers.Rules;

namespace Cms.Layers.Services;

/// <summary>
/// Orchard Core's <c>{ "name": "layers", "Layers": [ { "Name": "Always", "LayerRule": { "Conditions": [ { "$type":
/// "OrchardCore.Rules.Models.BooleanCondition, OrchardCore.Rules", "Value": true } ] }, "Description": "…" } ] }</c>:
/// adds or replaces each layer by name. Every rule is read first; one that cannot be read stops the step naming the
/// layer and the condition, and no layer is stored. Orchard's older JavaScript rules (<c>"Rule": "isHomepage()"</c>)
/// are read for their four common forms (<c>true</c>, <c>false</c>, <c>isHomepage()</c>, <c>isAnonymous()</c>,
/// <c>isAuthenticated()</c>).
/// </summary>
public sealed class LayersStep(LayersManager manager) : IRecipeStepHandler
{
    public string Name => "layers";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Layers") is not JsonArray layers)
        {
            throw new RecipeException("propriété « Layers » : tableau attendu, [ { \"Name\": \"Always\", \"LayerRule\": { \"Conditions\": [ … ] } } ].");
        }
        var incoming = new List<StoredLayer>();
        for (var i = 0; i < layers.Count; i++)
        {
            var where = $"Layers[{i}]";
            if (layers[i] is not JsonObject layer) throw new RecipeException($"{where} : objet attendu.");
            var name = RecipeJson.Text(layer, "Name");
            if (LayersManager.NameProblem(name) is { } problem) throw new RecipeException($"{where} : {problem}");
            where = $"calque « {name} »";
            if (incoming.Any(l => l.Name == name!.Trim())) throw new RecipeException($"{where} : nommé deux fois dans l'étape.");
            ConditionGroup rule;
            try
            {
                rule = RecipeJson.Get(layer, "LayerRule") is JsonObject layerRule ? RuleJson.ReadRule(layerRule, $"{where}, LayerRule")
                    : RecipeJson.Get(layer, "Rule") is JsonValue script && script.GetValueKind() == JsonValueKind.String ? FromScript((string)script!, where)
                    : throw new FormatException($"{where} : « LayerRule » attendu, {{ \"Conditions\": [ … ] }}.");
            }
            catch (FormatException e)
            {
                throw new RecipeException(e.Message);
            }
            incoming.Add(new StoredLayer { Name = name!.Trim(), Description = RecipeJson.Text(layer, "Description"), LayerRule = RuleJson.WriteRule(rule) });
        }
        await manager.ImportAsync(incoming, cancellationToken);
        context.Report.Messages.Add($"Calques enregistrés : {string.Join(", ", incoming.Select(l => $"« {l.Name} »"))}.");
    }

    private static ConditionGroup FromScript(string script, string where) => script.Trim().TrimEnd(';').Trim() switch
    {
        "true" or "" => new ConditionGroup(true, [new BooleanCondition(true)]),
        "false" => new ConditionGroup(true, [new BooleanCondition(false)]),
        "isHomepage()" => new ConditionGroup(true, [new HomepageCondition(true)]),
        "isAnonymous()" => new ConditionGroup(true, [new IsAnonymousCondition()]),
        "isAuthenticated()" => new ConditionGroup(true, [new IsAuthenticatedCondition()]),
        var other => throw new FormatException($"{where} : la règle JavaScript « {other} » n'est pas prise en charge ; écrivez-la en « LayerRule » (conditions de OrchardCore.Rules)."),
    };
}

/// <summary>The <c>layers</c> step of the site's export: every layer as stored, in Orchard's shape.</summary>
public sealed class LayersExportSource(LayersManager manager) : IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var document = await manager.GetAsync(cancellationToken);
        if (document.Layers.Count == 0) return [];
        var layers = new JsonArray();
        foreach (var layer in document.Layers)
        {
            var json = new JsonObject { ["Name"] = layer.Name, ["LayerRule"] = layer.LayerRule.DeepClone() };
            if (layer.Description is not null) json["Description"] = layer.Description;
            layers.Add(json);
        }
        return [new JsonObject { ["name"] = "layers", ["Layers"] = layers }];
    }
}
