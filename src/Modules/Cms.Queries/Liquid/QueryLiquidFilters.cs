using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Display.Liquid;
using Cms.Queries.Services;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Queries.Liquid;

/// <summary>
/// Orchard Core's way to run a named query from a template:
/// <c>{% assign posts = Queries.RecentBlogPosts | query %}</c>, with parameters as named arguments
/// (<c>| query: type: "BlogPost"</c>, bound to <c>@type</c>). A query returning items gives the published items as
/// their JSON (<c>post.DisplayText</c>, <c>post.AutoroutePart.Path</c>); otherwise its rows, each an object by column.
/// A query that fails gives an empty list and a warning in the log, never an error page. A page that runs a query is
/// evicted by a change of any content type (a query may read any of them).
/// </summary>
public sealed class QueryLiquidFilters : ILiquidFilters
{
    public void Register(TemplateOptions options)
    {
        options.Scope.SetValue("Queries", new DictionaryValue(new QueryNames()));
        options.Filters.AddFilter("query", async (input, arguments, context) =>
        {
            var name = input.ToStringValue();
            var services = LiquidServices.From(context);
            await RecordTypesAsync(services, context);
            try
            {
                var query = await services.GetRequiredService<QueriesManager>().FindAsync(name, CancellationToken.None)
                    ?? throw new QueryException($"aucune requête « {name} »");
                var parameters = arguments.Names.ToDictionary(n => n, n => (object?)Scalar(arguments[n]), StringComparer.OrdinalIgnoreCase);
                var result = await services.GetRequiredService<SqlQueryRunner>().RunAsync(query, parameters, CancellationToken.None, name);
                if (query.ReturnContentItems)
                {
                    foreach (var item in result.Items) LiquidServices.Meta(context)?.ContentItemIds.Add(item.ContentItemId);
                    return new ArrayValue(result.Items.Select(i => FluidValue.Create(i.ToJson(), context.Options)).ToArray());
                }
                return new ArrayValue(result.Rows.Select(row => FluidValue.Create(Row(result.Columns, row), context.Options)).ToArray());
            }
            catch (QueryException e)
            {
                services.GetRequiredService<ILogger<QueryLiquidFilters>>().LogWarning("Query {Query} in a template gave nothing: {Reason}", name, e.Message);
                return new ArrayValue([]);
            }
        });
    }

    private static async Task RecordTypesAsync(IServiceProvider services, TemplateContext context)
    {
        if (LiquidServices.Meta(context) is not { } meta) return;
        foreach (var type in (await services.GetRequiredService<IContentDefinitionManager>().LoadAsync()).ContentTypes) meta.ContentTypes.Add(type.Name);
    }

    private static object? Scalar(FluidValue value) => value switch
    {
        NilValue => null,
        NumberValue n => n.ToNumberValue(),
        BooleanValue b => b.ToBooleanValue(),
        _ => value.ToStringValue(),
    };

    private static JsonObject Row(IReadOnlyList<string> columns, object?[] row)
    {
        var json = new JsonObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json[columns[i]] = row[i] switch
            {
                null => null,
                DateTime d => JsonValue.Create(d.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
                byte[] => null,
                var v => JsonValue.Create(v),
            };
        }
        return json;
    }

    /// <summary><c>Queries.Name</c> is the query's name, which the <c>query</c> filter runs.</summary>
    private sealed class QueryNames : IFluidIndexable
    {
        public int Count => 0;

        public IEnumerable<string> Keys => [];

        public bool TryGetValue(string name, out FluidValue value)
        {
            value = new StringValue(name);
            return true;
        }
    }
}
