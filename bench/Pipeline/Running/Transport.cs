namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>Shared plumbing of the two transports' runs.</summary>
internal static class Transport
{
    /// <summary>How long a run may take before the harness gives up on it (a hang is a bug, not a slow run).</summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    /// <summary><paramref name="items"/> split over <paramref name="producers"/> as evenly as possible.</summary>
    public static long[] Split(long items, int producers)
    {
        var counts = new long[producers];
        for (int p = 0; p < producers; p++) counts[p] = items / producers + (p < items % producers ? 1 : 0);
        return counts;
    }

    /// <summary>Collects garbage so a run starts from a clean heap, and returns the allocation and collection counters.</summary>
    public static (long Allocated, int Collections) Before()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
    }

    /// <summary>The allocation and collection counters' growth since <paramref name="before"/>.</summary>
    public static (long Allocated, int Collections) Since((long Allocated, int Collections) before) =>
        (GC.GetTotalAllocatedBytes(precise: true) - before.Allocated, GC.CollectionCount(0) - before.Collections);
}
