using Cms.Abstractions.Media;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cms.Clustering.Health;

/// <summary>Ready when the media store answers its probe (the directory is writable, the bucket reachable).</summary>
internal sealed class MediaStoreHealthCheck(IMediaStore store) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store is not IMediaStoreProbe probe) return HealthCheckResult.Healthy("The media store has no probe.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await probe.ProbeAsync(timeout.Token);
            return HealthCheckResult.Healthy(probe.Description);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The media store ({probe.Description}) did not answer within {Limit.TotalSeconds:0} s.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The media store ({probe.Description}) does not answer: {e.Message}", e);
        }
    }
}
