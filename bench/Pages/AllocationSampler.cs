using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Cms.Bench;

/// <summary>
/// The runtime's allocation samples (GCAllocationTick: one event about every 100 KB allocated, naming the type of the
/// object that crossed the mark), summed by type while <see cref="Enabled"/>: where a page's allocated kilobytes go
/// (profile mode of the pages benchmark, <c>--alloc</c>).
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public bool Enabled { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames?.IndexOf("TypeName") is >= 0 and var t ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames?.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(e.Payload[a]) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    /// <summary>The <paramref name="count"/> types that took the most, with their share of the sampled bytes; then empties.</summary>
    public IReadOnlyList<(string Type, double Share)> TakeTop(int count)
    {
        var total = Math.Max(1, _bytes.Values.Sum());
        var top = _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value / (double)total)).ToList();
        _bytes.Clear();
        return top;
    }
}
