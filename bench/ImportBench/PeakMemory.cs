using System.Diagnostics;

namespace ImportBench;

/// <summary>Samples the process working set and the managed heap every few milliseconds and keeps the highest values.</summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Timer timer;
    private readonly Process process = Process.GetCurrentProcess();
    private long peakWorkingSet;
    private long peakManaged;

    public PeakMemory()
    {
        Sample();
        timer = new Timer(_ => Sample(), null, 0, 20);
    }

    public long WorkingSet { get { Sample(); return Interlocked.Read(ref peakWorkingSet); } }
    public long Managed { get { Sample(); return Interlocked.Read(ref peakManaged); } }

    private void Sample()
    {
        process.Refresh();
        Max(ref peakWorkingSet, process.WorkingSet64);
        Max(ref peakManaged, GC.GetTotalMemory(false));
    }

    private static void Max(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public void Dispose() => timer.Dispose();
}
