namespace Cms.Queries.Services;

/// <summary>The named queries, as Orchard's <c>QueriesDocument</c> (and its <c>queries</c> recipe step) holds them.</summary>
public sealed class QueriesDocument
{
    public const string DocumentName = "Queries";

    public Dictionary<string, StoredQuery> Queries { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One query: Orchard's <c>Source</c> (<c>Sql</c> runs here; another source runs when a module registers it, e.g.
/// <c>Lucene</c> by the Search module), <c>Template</c> (the SQL with <c>@name</c> parameters, or the source's own text),
/// <c>Index</c> (the index a Lucene query reads), <c>Schema</c> (kept as given) and <c>ReturnContentItems</c> (the rows
/// name items, returned as items).
/// </summary>
public sealed class StoredQuery
{
    public const string SqlSource = "Sql";

    public string Source { get; set; } = SqlSource;
    public string Template { get; set; } = "";
    public string? Index { get; set; }
    public string? Schema { get; set; }
    public bool ReturnContentItems { get; set; }
}
