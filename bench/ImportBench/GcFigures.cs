namespace ImportBench;

/// <summary>
/// What the garbage collector did between two readings: bytes allocated by every thread, collections of each
/// generation, and the time the program was paused for them. The allocation rate is what the peak working set follows
/// (the growth from 300 to 3,000 documents is dead objects not yet collected, not data held).
/// </summary>
internal readonly record struct GcFigures(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcFigures Now() => new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1),
        GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcFigures operator -(GcFigures after, GcFigures before) => new(after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    public override string ToString() =>
        $"allocated {AllocatedBytes / 1048576.0:0.0} MB, collections gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, paused {Paused.TotalSeconds:0.00} s";
}
