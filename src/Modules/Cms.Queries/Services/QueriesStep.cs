using Cms.Abstractions.Transfer;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;

namespace Cms.Queries.Services;

/// <summary>
/// Orchard Core's <c>{ "name": "queries", "Queries": [ { "Source": "Sql", "Name": "…", "Template": "SELECT …",
/// "Schema": "…", "ReturnContentItems": true } ] }</c> (a Lucene query also names its <c>Index</c>): adds or replaces
/// each query. Every query is checked first (SQL by the guard, another source by the module registering it); one
/// refused stops the step naming it, and none is stored. A query of a source no module registers is stored as given
/// and named in the report's warnings: it does not run here.
/// </summary>
public sealed class QueriesStep(QueriesManager manager) : IRecipeStepHandler
{
    public string Name => "queries";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Queries") is not JsonArray queries)
        {
            throw new RecipeException("propriété « Queries » : liste attendue, [ { \"Source\": \"Sql\", \"Name\": \"…\", \"Template\": \"SELECT …\" } ].");
        }
        var incoming = new Dictionary<string, StoredQuery>(StringComparer.Ordinal);
        foreach (var (node, index) in queries.Select((q, i) => (q, i)))
        {
            if (node is not JsonObject query || RecipeJson.Text(query, "Name") is not { } name || RecipeJson.Text(query, "Template") is not { } template)
            {
                throw new RecipeException($"requête n° {index + 1} : propriétés « Name » et « Template » attendues.");
            }
            incoming[name] = new StoredQuery
            {
                Source = RecipeJson.Text(query, "Source") ?? StoredQuery.SqlSource,
                Template = template,
                Index = RecipeJson.Text(query, "Index"),
                Schema = RecipeJson.Text(query, "Schema"),
                ReturnContentItems = RecipeJson.Flag(query, "ReturnContentItems"),
            };
        }
        var errors = await manager.ImportAsync(incoming, cancellationToken);
        if (errors.Count > 0) throw new RecipeException(string.Join(" ", errors));
        context.Report.Messages.Add($"Requêtes enregistrées : {string.Join(", ", incoming.Keys.Select(k => $"« {k} »"))}.");
        foreach (var (name, query) in incoming.Where(q => !manager.Runs(q.Value.Source)))
        {
            context.Report.Warnings.Add($"Requête « {name} » : la source « {query.Source} » n'est pas exécutée ici ({manager.SourcesText}) ; elle est conservée telle quelle.");
        }
    }
}

/// <summary>The stored queries written back into the whole-site export, in the shape <see cref="QueriesStep"/> reads.</summary>
public sealed class QueriesExportSource(QueriesManager manager) : IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var document = await manager.GetAsync(cancellationToken);
        if (document.Queries.Count == 0) return [];
        var queries = new JsonArray();
        foreach (var (name, query) in document.Queries.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            queries.Add(new JsonObject
            {
                ["Source"] = query.Source, ["Name"] = name, ["Template"] = query.Template, ["Schema"] = query.Schema,
                ["ReturnContentItems"] = query.ReturnContentItems,
            });
            if (query.Index is not null) ((JsonObject)queries[^1]!)["Index"] = query.Index;
        }
        return [new JsonObject { ["name"] = "queries", ["Queries"] = queries }];
    }
}
