using Cms.Data.Configuration;
using Cms.Search.Named;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cms.Search.Indexing;

/// <summary>
/// At start, rebuilds the index in the background when it is empty or stale (requests are served meanwhile: searches
/// use the previous index, or say it is being built); then commits changes every few seconds, and at stop, and
/// carries out the rebuilds a <c>reindex</c> command asks for (<see cref="ReindexRequest"/>), or the change bus
/// (<see cref="SearchIndexClusterHandler"/>).
/// </summary>
/// It does the same for the named indexes of Orchard's Lucene queries (<see cref="NamedIndexService"/>).
public sealed class SearchIndexBackgroundService(
    SearchIndex index, SearchIndexService service, NamedIndexService named, CmsDataOptions data, ILogger<SearchIndexBackgroundService> logger) : BackgroundService
{
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var fingerprint = await service.FingerprintAsync(stoppingToken);
            if (index.State == SearchIndexState.Empty || index.CommittedFingerprint != fingerprint)
            {
                logger.LogInformation("Search index {State}: rebuilding in the background.", index.State == SearchIndexState.Empty ? "empty" : "stale");
                await service.RebuildAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Rebuilding the search index at start failed; run the 'reindex' command.");
        }
        try
        {
            await named.RefreshStaleAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Checking the named Lucene indexes at start failed.");
        }

        using var timer = new PeriodicTimer(CommitEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RebuildIfAskedAsync(stoppingToken);
                await CommitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CommitAsync(cancellationToken);
    }

    private async Task RebuildIfAskedAsync(CancellationToken cancellationToken)
    {
        if (service.TakeRebuildRequest())
        {
            logger.LogInformation("Search index: rebuild asked because changes of other nodes may have been missed.");
            try
            {
                await service.RebuildAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Rebuilding the search index after missed changes failed; run the 'reindex' command.");
            }
        }
        var requests = new ReindexRequest(data);
        if (requests.Take() is not { } id) return;
        logger.LogInformation("Search index: rebuild asked by the reindex command.");
        string outcome;
        try
        {
            var (count, duration) = await service.RebuildAsync(cancellationToken);
            outcome = ReindexRequest.Rebuilt(count, duration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Rebuilding the search index asked by the reindex command failed.");
            outcome = "The rebuild failed: " + e.Message;
        }
        requests.Complete(id, outcome);
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await named.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Committing the named Lucene indexes failed; retried in a moment.");
        }
        try
        {
            if (index.Rebuilding || !index.Dirty) return;
            index.CommitIfDirty(await service.FingerprintAsync(cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Committing the search index failed; retried in a moment.");
        }
    }
}
