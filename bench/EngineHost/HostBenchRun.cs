using SocialExchange.Bench.Workloads.Reporting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>One timed run: commands through the whole host, publish to acknowledgement.</summary>
public sealed record HostBenchRun(long Commands, double Seconds, LatencySummary Latency, long Events, int Collections)
{
    public double CommandsPerSecond => Commands / Seconds;
}
