using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Queries;
using Cms.Display.Liquid;
using Cms.Display.Rendering;
using Fluid;
using Lucene.Net.Search;

namespace Cms.Search.Named;

/// <summary>
/// Orchard's <c>Lucene</c> query source: the query's template is rendered with the site's Liquid (its parameters as
/// values: <c>{{ size }}</c>), the JSON it gives is read as Orchard's DSL (<see cref="LuceneQueryDsl"/>) and run on the
/// named index (<c>Index</c>). With <c>ReturnContentItems</c>, the published items its documents name, in the order
/// found; otherwise the documents' stored fields, one row each. It only reads.
/// </summary>
public sealed class LuceneQuerySource(
    NamedIndexService indexes, DisplayTemplateOptions fluid, IContentManager contents, IContentDefinitionManager definitions, IServiceProvider services) : IQuerySource
{
    public string Name => "Lucene";

    public async Task<string?> CheckAsync(QuerySourceQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Index)) return "propriété « Index » attendue (le nom de l'index Lucene que la requête lit, par exemple « Search »).";
        if (string.IsNullOrWhiteSpace(query.Template)) return "le modèle de la requête (« Template ») est vide.";
        if (!fluid.Parser.TryParse(query.Template, out _, out var error)) return $"le modèle n'est pas du Liquid valide ({error}).";
        await Task.CompletedTask;
        return null;
    }

    public async Task<QuerySourceResult> RunAsync(QuerySourceQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var where = $"Requête Lucene « {query.Name} »";
        if (await CheckAsync(query, cancellationToken) is { } problem) throw new QuerySourceException($"{where} : {problem}");
        var index = await indexes.CurrentAsync(query.Index!.Trim(), cancellationToken)
            ?? throw new QuerySourceException($"{where} : l'index « {query.Index} » n'existe pas (il se crée par l'étape de recette « lucene-index »).");
        var json = await RenderAsync(query, parameters, where);
        LuceneDslQuery dsl;
        try
        {
            dsl = LuceneQueryDsl.Parse(json, index.Analyzer,
                OrchardDocumentBuilder.NumericKeys(await definitions.LoadAsync(cancellationToken), index.Definition.IndexedContentTypes));
        }
        catch (LuceneDslException e)
        {
            throw new QuerySourceException($"{where} : {e.Message}");
        }
        var (ids, columns, rows, total) = index.Search(searcher =>
        {
            var wanted = Math.Max(1, dsl.From + dsl.Size);
            var hits = dsl.Sort is null ? searcher.Search(dsl.Query, wanted) : searcher.Search(dsl.Query, wanted, dsl.Sort);
            var page = hits.ScoreDocs.Skip(dsl.From).Take(dsl.Size).Select(d => searcher.Doc(d.Doc)).ToList();
            var names = new List<string>();
            foreach (var document in page)
            {
                foreach (var field in document.Fields) if (!names.Contains(field.Name)) names.Add(field.Name);
            }
            var values = page.Select(document => names.Select(n => (object?)(document.GetValues(n) is { Length: > 0 } v ? string.Join(", ", v) : null)).ToArray()).ToList();
            return (page.Select(d => d.Get(OrchardFields.ContentItemId)).ToList(), names, values, hits.TotalHits);
        });
        if (!query.ReturnContentItems) return new QuerySourceResult(columns, rows, [], total > dsl.From + rows.Count);
        var published = (await contents.GetManyAsync(ids, VersionOptions.Published, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var items = ids.Distinct(StringComparer.Ordinal).Where(published.ContainsKey).Select(id => published[id]).ToList();
        return new QuerySourceResult(columns, rows, items, total > dsl.From + rows.Count);
    }

    private async Task<string> RenderAsync(QuerySourceQuery query, IReadOnlyDictionary<string, object?> parameters, string where)
    {
        fluid.Parser.TryParse(query.Template, out var template, out _);
        var context = new TemplateContext(fluid.Options);
        context.AmbientValues[LiquidServices.ServicesKey] = services;
        foreach (var (name, value) in parameters) context.SetValue(name, value);
        try
        {
            return await template.RenderAsync(context, NullEncoder.Default);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new QuerySourceException($"{where} : le modèle Liquid a échoué ({e.Message}).");
        }
    }
}
