using System.Diagnostics;

namespace ImportBench;

/// <summary>
/// The highest working set and managed heap since it was created. On Linux the working set's peak is the kernel's own
/// (<c>VmHWM</c> of <c>/proc/self/status</c>, reset through <c>/proc/self/clear_refs</c>): exact and free, where
/// sampling <see cref="Process.WorkingSet64"/> every 20 ms cost about 3 % of the import's CPU and missed short peaks.
/// Elsewhere the working set is sampled. The managed heap is sampled every 20 ms (<see cref="GC.GetTotalMemory"/>) by a
/// thread of its own: a <see cref="Timer"/> would queue each sample to the thread pool, waking a worker that then spins
/// before sleeping again, fifty times a second (measured with dotnet-trace: the pool's spinning was a third of the
/// import's CPU time, most of it woken by this timer). The import itself does not need the pool between batches.
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Thread sampler;
    private volatile bool stopping;
    private readonly bool kernelPeak = ResetKernelPeak();
    private long peakWorkingSet;
    private long peakManaged;

    public PeakMemory()
    {
        Sample();
        sampler = new Thread(() =>
        {
            while (!stopping)
            {
                Thread.Sleep(20);
                Sample();
            }
        }) { IsBackground = true, Name = "peak memory sampler" };
        sampler.Start();
    }

    public long WorkingSet
    {
        get
        {
            Sample();
            return kernelPeak && KernelPeak() is { } peak ? peak : Interlocked.Read(ref peakWorkingSet);
        }
    }

    public long Managed { get { Sample(); return Interlocked.Read(ref peakManaged); } }

    private void Sample()
    {
        if (!kernelPeak)
        {
            using var process = Process.GetCurrentProcess();
            Max(ref peakWorkingSet, process.WorkingSet64);
        }
        Max(ref peakManaged, GC.GetTotalMemory(false));
    }

    /// <summary>Resets the kernel's peak resident set to the current one ("5" in clear_refs); false when not on Linux or not allowed.</summary>
    private static bool ResetKernelPeak()
    {
        try
        {
            if (!OperatingSystem.IsLinux()) return false;
            File.WriteAllText("/proc/self/clear_refs", "5");
            return KernelPeak() is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? KernelPeak() => KernelPeak("/proc/self/status");

    /// <summary>The peak resident set (<c>VmHWM</c>) a Linux <c>/proc/&lt;pid&gt;/status</c> file gives, in bytes.</summary>
    public static long? KernelPeak(string statusFile)
    {
        foreach (var line in File.ReadLines(statusFile))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.TryParse(kilobytes, out var value) ? value * 1024 : null;
        }
        return null;
    }

    private static void Max(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public void Dispose()
    {
        stopping = true;
        sampler.Join();
    }
}
