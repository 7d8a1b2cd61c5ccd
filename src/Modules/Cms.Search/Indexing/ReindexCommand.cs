using Cms.Abstractions.Modules;
using Cms.Data.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Indexing;

/// <summary>
/// <c>reindex</c>: builds this node's search index again from the published items. When the site runs (it holds the
/// index), the command asks it to rebuild through <see cref="ReindexRequest"/> and waits for the outcome.
/// </summary>
public sealed class ReindexCommand(IServiceProvider services, CmsDataOptions data) : ICommand
{
    /// <summary>How long the running site has to take the request (it looks every few seconds).</summary>
    public static readonly TimeSpan TakeWithin = TimeSpan.FromSeconds(30);
    /// <summary>How long a rebuild by the running site is awaited.</summary>
    public static readonly TimeSpan RebuildWithin = TimeSpan.FromMinutes(30);

    public string Name => "reindex";
    public string Usage => "reindex    rebuild this node's search index from the published items (asks the running site when it holds the index)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await output.WriteLineAsync($"reindex takes no argument (got « {string.Join(' ', args)} »).");
            return ExitCodes.UsageError;
        }
        if (!SearchIndex.InUse(data))
        {
            var (count, duration) = await services.GetRequiredService<SearchIndexService>().RebuildAsync(cancellationToken);
            await output.WriteLineAsync(ReindexRequest.Rebuilt(count, duration));
            return ExitCodes.Success;
        }

        var request = new ReindexRequest(data);
        var id = request.Send();
        await output.WriteLineAsync($"The search index {SearchIndex.PathOf(data)} is open by the running site: it was asked to rebuild it (searches keep the current index meanwhile).");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!request.Taken)
        {
            if (watch.Elapsed > TakeWithin)
            {
                request.Withdraw();
                await output.WriteLineAsync(
                    $"The process holding the index did not take the request within {TakeWithin.TotalSeconds:0} s (a site of an older version, or a stuck process): stop it, then run reindex again.");
                return ExitCodes.SomeRefused;
            }
            await Task.Delay(200, cancellationToken);
        }
        string? outcome;
        while ((outcome = request.Outcome(id)) is null)
        {
            if (watch.Elapsed > RebuildWithin)
            {
                await output.WriteLineAsync($"The site took the request but had not finished after {RebuildWithin.TotalMinutes:0} min: see its log.");
                return ExitCodes.SomeRefused;
            }
            await Task.Delay(200, cancellationToken);
        }
        await output.WriteLineAsync(outcome);
        return outcome.StartsWith("Search index rebuilt", StringComparison.Ordinal) ? ExitCodes.Success : ExitCodes.SomeRefused;
    }
}
