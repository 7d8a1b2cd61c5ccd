using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;

namespace Cms.Search.Named;

/// <summary>
/// Orchard's <c>{ "name": "lucene-index", "Indices": [ { "Search": { "AnalyzerName": "standardanalyzer",
/// "IndexLatest": false, "IndexedContentTypes": ["BlogPost"], "Culture": "any", "StoreSourceData": true } } ] }</c>:
/// adds or replaces each named index's definition (all checked before any is stored); each index is built from the
/// store once the recipe has committed, and follows the changes of its types from then on.
/// </summary>
public sealed partial class LuceneIndexStep(IDocumentStore documents, NamedIndexService indexes) : IRecipeStepHandler
{
    public string Name => "lucene-index";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Indices") is not JsonArray indices)
        {
            throw new RecipeException("propriété « Indices » : liste attendue, [ { \"Search\": { \"AnalyzerName\": \"standardanalyzer\", \"IndexedContentTypes\": [\"BlogPost\"] } } ].");
        }
        var incoming = new Dictionary<string, LuceneIndexDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, position) in indices.Select((n, i) => (n, i + 1)))
        {
            if (node is not JsonObject entry || entry.Count == 0) throw new RecipeException($"index n° {position} : un objet {{ \"NomDeLIndex\": {{ … }} }} attendu.");
            foreach (var (name, value) in entry)
            {
                if (!IndexName().IsMatch(name)) throw new RecipeException($"index n° {position} « {name} » : lettres, chiffres, « _ » et « - » seulement.");
                if (value is not JsonObject settings) throw new RecipeException($"index « {name} » : ses réglages sont un objet JSON.");
                var analyzer = RecipeJson.Text(settings, "AnalyzerName") ?? LuceneAnalyzers.Standard;
                if (!LuceneAnalyzers.Known(analyzer))
                {
                    throw new RecipeException($"index « {name} » : analyseur « {analyzer} » inconnu (connus : {string.Join(", ", LuceneAnalyzers.Names)}).");
                }
                if (RecipeJson.Get(settings, "IndexedContentTypes") is not JsonArray types || types.Any(t => t is not JsonValue))
                {
                    throw new RecipeException($"index « {name} » : « IndexedContentTypes » est la liste des types indexés, par exemple [\"BlogPost\"].");
                }
                incoming[name] = new LuceneIndexDefinition
                {
                    AnalyzerName = analyzer,
                    IndexLatest = RecipeJson.Flag(settings, "IndexLatest"),
                    IndexedContentTypes = types.Select(t => t!.ToString()).ToList(),
                    Culture = RecipeJson.Text(settings, "Culture") is { Length: > 0 } culture ? culture : "any",
                    StoreSourceData = RecipeJson.Get(settings, "StoreSourceData") is not JsonValue store || !store.TryGetValue<bool>(out var stored) || stored,
                };
            }
        }
        var document = await documents.GetAsync<LuceneIndexesDocument>(LuceneIndexesDocument.DocumentName, cancellationToken);
        foreach (var (name, definition) in incoming) document.Indexes[name] = definition;
        await documents.SaveAsync(LuceneIndexesDocument.DocumentName, document,
            committed: token =>
            {
                indexes.ForgetDefinitions(); // this callback runs before the document change handlers
                return indexes.RebuildAsync(incoming.Keys, token);
            }, cancellationToken: cancellationToken);
        context.Report.Messages.Add($"Index Lucene enregistrés : {string.Join(", ", incoming.Keys.Select(k => $"« {k} »"))}.");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")]
    private static partial Regex IndexName();
}

/// <summary>
/// Orchard's <c>lucene-index-rebuild</c> and <c>lucene-index-reset</c>: <c>{ "includeAll": true }</c> or
/// <c>{ "Indices": ["Search"] }</c>; here both build the named indexes again from the store once the recipe has
/// committed (a reset, in Orchard, re-reads every item too). An index not defined stops the step, naming it.
/// </summary>
public abstract class LuceneIndexRebuildStepBase(IDocumentStore documents, IUnitOfWork unitOfWork, NamedIndexService indexes) : IRecipeStepHandler
{
    public abstract string Name { get; }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var defined = (await documents.GetAsync<LuceneIndexesDocument>(LuceneIndexesDocument.DocumentName, cancellationToken)).Indexes;
        List<string> names;
        if (RecipeJson.Flag(context.Step, "includeAll")) names = defined.Keys.ToList();
        else if (context.Property("Indices") is JsonArray list) names = list.Select(n => n?.ToString() ?? "").ToList();
        else throw new RecipeException("propriété « Indices » (liste des index) ou « includeAll »: true attendue.");
        if (names.FirstOrDefault(n => !defined.ContainsKey(n)) is { } unknown)
        {
            throw new RecipeException($"l'index « {unknown} » n'existe pas (index définis : {(defined.Count == 0 ? "aucun" : string.Join(", ", defined.Keys))}).");
        }
        // Built after the recipe's commit, from what it committed; the definitions are not written again, so no
        // document change is announced and no cached page is evicted for a rebuild.
        await unitOfWork.OnCommitted(token => indexes.RebuildAsync(names, token), cancellationToken);
        context.Report.Messages.Add($"Index Lucene reconstruits : {(names.Count == 0 ? "aucun" : string.Join(", ", names.Select(n => $"« {n} »")))}.");
    }
}

public sealed class LuceneIndexRebuildStep(IDocumentStore documents, IUnitOfWork unitOfWork, NamedIndexService indexes) : LuceneIndexRebuildStepBase(documents, unitOfWork, indexes)
{
    public override string Name => "lucene-index-rebuild";
}

public sealed class LuceneIndexResetStep(IDocumentStore documents, IUnitOfWork unitOfWork, NamedIndexService indexes) : LuceneIndexRebuildStepBase(documents, unitOfWork, indexes)
{
    public override string Name => "lucene-index-reset";
}
