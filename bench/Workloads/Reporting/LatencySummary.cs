using System.Text.Json.Serialization;
using SocialExchange.Bench.Workloads.Running;

namespace SocialExchange.Bench.Workloads.Reporting;

/// <summary>Per-message latency percentiles of one run, in nanoseconds, timer cost included.</summary>
public sealed record LatencySummary
{
    [JsonPropertyName("p50")] public required long P50 { get; init; }
    [JsonPropertyName("p90")] public required long P90 { get; init; }
    [JsonPropertyName("p99")] public required long P99 { get; init; }
    [JsonPropertyName("p999")] public required long P999 { get; init; }
    [JsonPropertyName("p9999")] public required long P9999 { get; init; }
    [JsonPropertyName("max")] public required long Max { get; init; }
    [JsonPropertyName("mean")] public required double Mean { get; init; }

    /// <summary>Reads the percentiles out of a histogram of Stopwatch ticks.</summary>
    public static LatencySummary From(LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return new LatencySummary
        {
            P50 = Nanoseconds.FromTicks(histogram.ValueAtPercentile(50)),
            P90 = Nanoseconds.FromTicks(histogram.ValueAtPercentile(90)),
            P99 = Nanoseconds.FromTicks(histogram.ValueAtPercentile(99)),
            P999 = Nanoseconds.FromTicks(histogram.ValueAtPercentile(99.9)),
            P9999 = Nanoseconds.FromTicks(histogram.ValueAtPercentile(99.99)),
            Max = Nanoseconds.FromTicks(histogram.Max),
            Mean = Math.Round(histogram.Mean * Nanoseconds.PerTick, 1),
        };
    }
}
