using Cms.Abstractions.Modules;

namespace Cms.Search.Indexing;

/// <summary><c>reindex</c>: builds this node's search index again from the published items.</summary>
public sealed class ReindexCommand(SearchIndexService service) : ICommand
{
    public string Name => "reindex";
    public string Usage => "reindex    rebuild this node's search index from the published items";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await output.WriteLineAsync($"reindex takes no argument (got « {string.Join(' ', args)} »).");
            return ExitCodes.UsageError;
        }
        var (count, duration) = await service.RebuildAsync(cancellationToken);
        await output.WriteLineAsync($"Search index rebuilt: {count} items in {duration.TotalSeconds:0.0} s.");
        return ExitCodes.Success;
    }
}
