using SocialExchange.Bench.Workloads.Reporting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// One timed run: commands through the whole host, publish to acknowledgement, and the CPU time each thread spent
/// in it (nanoseconds by thread name, <see cref="ThreadCpuTimes"/>).
/// </summary>
public sealed record HostBenchRun(long Commands, double Seconds, LatencySummary Latency, long Events, int Collections, IReadOnlyDictionary<string, long> CpuTime)
{
    public double CommandsPerSecond => Commands / Seconds;

    /// <summary>The stage threads and producers, in pipeline order, as "name ns-per-command" pairs; other threads (the JIT, the runtime) are left out.</summary>
    public string CpuPerCommand()
    {
        string[] stages = ["producer", "sx-sequencer", "sx-journal", "sx-matching", "sx-fan-out"];
        var parts = CpuTime
            .Where(t => stages.Any(t.Key.StartsWith))
            .OrderBy(t => Array.FindIndex(stages, t.Key.StartsWith))
            .Select(t => $"{t.Key} {t.Value / (double)Commands:F0}");
        return string.Join(", ", parts);
    }
}
