using System.Text.RegularExpressions;
using Cms.Abstractions.Data;
using Cms.Abstractions.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Queries.Services;

/// <summary>
/// Lists, checks, saves and deletes the named queries. A SQL query the guard refuses is never stored, nor a query the
/// module registering its source (<see cref="IQuerySource"/>, e.g. Lucene) refuses; a query of a source no module
/// registers is kept as given, and refused when run. Once a change has committed, every cached page is evicted (any
/// template may run any query).
/// </summary>
public sealed partial class QueriesManager(IDocumentStore documents, SqlQueryRunner runner, IEnumerable<IQuerySource> sources)
{
    /// <summary>Whether a query of <paramref name="source"/> runs here (SQL, or a registered source).</summary>
    public bool Runs(string source) =>
        string.Equals(source, StoredQuery.SqlSource, StringComparison.OrdinalIgnoreCase) || sources.Any(s => string.Equals(s.Name, source, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sources that run here, in French (for the warnings).</summary>
    public string SourcesText => "sources exécutées : " + string.Join(", ", new[] { StoredQuery.SqlSource }.Concat(sources.Select(s => s.Name)).Select(n => $"« {n} »"));

    public Task<QueriesDocument> GetAsync(CancellationToken cancellationToken) =>
        documents.GetAsync<QueriesDocument>(QueriesDocument.DocumentName, cancellationToken);

    public async Task<StoredQuery?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Queries.GetValueOrDefault(name);

    /// <summary>The French reason <paramref name="query"/> cannot be stored as <paramref name="name"/>, or null.</summary>
    public async Task<string?> CheckAsync(string? name, StoredQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || !Name().IsMatch(name.Trim()))
        {
            return $"Nom « {name} » : lettres, chiffres et « _ » seulement, sans espace, commençant par une lettre (il s'écrit Queries.{{nom}} dans Liquid).";
        }
        if (!string.Equals(query.Source, StoredQuery.SqlSource, StringComparison.OrdinalIgnoreCase))
        {
            var source = sources.FirstOrDefault(s => string.Equals(s.Name, query.Source, StringComparison.OrdinalIgnoreCase));
            if (source is null) return null;
            var refused = await source.CheckAsync(SqlQueryRunner.ForSource(name.Trim(), query), cancellationToken);
            return refused is null ? null : $"Requête « {name.Trim()} » : {refused} Rien n'a été enregistré.";
        }
        var problem = SqlQueryGuard.Problem(query.Template, await runner.TablesAsync(cancellationToken), out _);
        return problem is null ? null : $"Requête « {name.Trim()} » : {problem} Rien n'a été enregistré.";
    }

    /// <summary>Adds or replaces <paramref name="name"/> (renaming <paramref name="previousName"/>); the French error, or null.</summary>
    public async Task<string?> SaveAsync(string? previousName, string? name, StoredQuery query, CancellationToken cancellationToken)
    {
        if (await CheckAsync(name, query, cancellationToken) is { } error) return error;
        name = name!.Trim();
        var document = await GetAsync(cancellationToken);
        var renamed = previousName is not null && !string.Equals(previousName, name, StringComparison.Ordinal);
        if (previousName is not null && !document.Queries.ContainsKey(previousName)) return $"La requête « {previousName} » n'existe plus.";
        if ((previousName is null || renamed) && document.Queries.ContainsKey(name)) return $"Une requête « {name} » existe déjà.";
        if (renamed) document.Queries.Remove(previousName!);
        document.Queries[name] = query;
        await SaveDocumentAsync(document, cancellationToken);
        return null;
    }

    /// <summary>Adds or replaces every query of <paramref name="incoming"/> (the recipe step); all are checked before any is stored.</summary>
    public async Task<IReadOnlyList<string>> ImportAsync(IReadOnlyDictionary<string, StoredQuery> incoming, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        foreach (var (name, query) in incoming)
        {
            if (await CheckAsync(name, query, cancellationToken) is { } error) errors.Add(error);
        }
        if (errors.Count > 0) return errors;
        var document = await GetAsync(cancellationToken);
        foreach (var (name, query) in incoming) document.Queries[name.Trim()] = query;
        await SaveDocumentAsync(document, cancellationToken);
        return [];
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var document = await GetAsync(cancellationToken);
        if (!document.Queries.Remove(name)) return false;
        await SaveDocumentAsync(document, cancellationToken);
        return true;
    }

    // Once committed, every cached page is evicted, here and on the other nodes (IDocumentChangeHandler).
    private Task SaveDocumentAsync(QueriesDocument document, CancellationToken cancellationToken) =>
        documents.SaveAsync(QueriesDocument.DocumentName, document, cancellationToken: cancellationToken);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,99}$")]
    private static partial Regex Name();
}
