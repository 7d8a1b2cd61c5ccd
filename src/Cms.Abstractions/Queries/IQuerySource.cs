using Cms.Abstractions.Content;

namespace Cms.Abstractions.Queries;

/// <summary>
/// A source of named queries other than SQL (Orchard's <c>Source</c> of a query, e.g. <c>Lucene</c>), registered by the
/// module that can run it. The Queries module stores every query and, to check or run one, asks the source registered
/// under its <c>Source</c> name; a query never writes.
/// </summary>
public interface IQuerySource
{
    /// <summary>The <c>Source</c> a query names (compared without case), e.g. <c>Lucene</c>.</summary>
    string Name { get; }

    /// <summary>Why <paramref name="query"/> cannot be stored (French, naming what is wrong), or null.</summary>
    Task<string?> CheckAsync(QuerySourceQuery query, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="query"/> with <paramref name="parameters"/>; a refused or failed query throws <see cref="QuerySourceException"/>.</summary>
    Task<QuerySourceResult> RunAsync(QuerySourceQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}

/// <summary>A stored (or typed) query as a source reads it: Orchard's <c>Name</c>, <c>Template</c>, <c>Index</c>, <c>ReturnContentItems</c>.</summary>
public sealed record QuerySourceQuery(string Name, string Template, string? Index, bool ReturnContentItems);

/// <summary>What a query gave: columns and rows (a document's stored fields), or the published items it names.</summary>
public sealed record QuerySourceResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<ContentItem> Items, bool Truncated);

/// <summary>A query refused or failed, with the French reason to show.</summary>
public sealed class QuerySourceException(string message) : Exception(message);
