namespace SocialExchange.Bench.Pipeline.Reporting;

/// <summary>Both transports in one configuration (a producer count), over all timed runs.</summary>
/// <param name="Producers">Producer threads (ring) or tasks (channel), all sending to one consumer.</param>
/// <param name="Ring">The ring's runs, in run order.</param>
/// <param name="Channel">The channel's runs, in run order.</param>
public sealed record ConfigurationResult(int Producers, IReadOnlyList<RunResult> Ring, IReadOnlyList<RunResult> Channel)
{
    /// <summary>Median items/s of the ring's runs.</summary>
    public double RingMedian => Median(Ring);

    /// <summary>Median items/s of the channel's runs.</summary>
    public double ChannelMedian => Median(Channel);

    /// <summary>Ring median over channel median.</summary>
    public double Ratio => RingMedian / ChannelMedian;

    /// <summary>Median of the items/s of <paramref name="runs"/> (the mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var sorted = runs.Select(r => r.ItemsPerSecond).Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
