namespace Cms.Abstractions.Media;

/// <summary>
/// Implemented by a media store that can tell whether it works right now (its directory writable, its bucket
/// reachable): the readiness check of several nodes asks it.
/// </summary>
public interface IMediaStoreProbe
{
    /// <summary>What the store is (e.g. the directory or the bucket), for the health report.</summary>
    string Description { get; }

    /// <summary>Completes when the store answers; throws with the reason otherwise.</summary>
    Task ProbeAsync(CancellationToken cancellationToken = default);
}
