namespace SocialExchange.Bench.Pipeline.Reporting;

/// <summary>One timed run of one transport in one configuration.</summary>
/// <param name="Transport"><c>ring</c> or <c>channel</c>.</param>
/// <param name="Producers">Producer threads (or tasks).</param>
/// <param name="Items">Items sent in total.</param>
/// <param name="Seconds">From releasing the producers to the consumer taking the last item.</param>
/// <param name="AllocatedBytes">Bytes allocated by all threads during the run (<see cref="GC.GetTotalAllocatedBytes"/>).</param>
/// <param name="GcCollections">Gen0 collections during the run (higher generations count in it too).</param>
/// <param name="Check">Empty when the consumer got every item exactly once, each producer's in order, with the right checksum.</param>
public sealed record RunResult(string Transport, int Producers, long Items, double Seconds, long AllocatedBytes, int GcCollections, string Check)
{
    /// <summary>Ring only: batches the consumer handled (items / batches is the mean batch size).</summary>
    public long Batches { get; init; }

    /// <summary>Ring only: claims that found the ring full and waited.</summary>
    public long FullWaits { get; init; }

    /// <summary>Share (0 to 1) of the machine's cores that other processes used during the run; NaN if unknown (see <see cref="MachineLoad"/>).</summary>
    public double OthersCpuShare { get; init; } = double.NaN;

    /// <summary>Share (0 to 1) of the machine's cores this process used during the run (both ring threads spinning on their own cores: about 1).</summary>
    public double OwnCpuShare { get; init; } = double.NaN;

    /// <summary>Core-to-core round trip of a cache line measured just before the run, in ns (see <see cref="Running.CoreToCore"/>).</summary>
    public double RoundTripNs { get; init; } = double.NaN;

    /// <summary>Items per second.</summary>
    public double ItemsPerSecond => Items / Seconds;
}
