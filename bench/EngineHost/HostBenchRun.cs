using SocialExchange.Bench.Workloads.Reporting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// One timed run: commands through the whole host, publish to acknowledgement, and what the scheduler recorded for
/// each thread meanwhile, by thread name (<see cref="ThreadCpuTimes"/>).
/// </summary>
public sealed record HostBenchRun(long Commands, double Seconds, LatencySummary Latency, long Events, int Collections, IReadOnlyDictionary<string, ThreadSchedule> Threads)
{
    public double CommandsPerSecond => Commands / Seconds;

    /// <summary>
    /// The stage threads and producers in pipeline order, each as "name on-CPU ns per command / switches in per
    /// thousand commands"; other threads (the JIT, the runtime) are left out.
    /// </summary>
    public string CpuPerCommand()
    {
        string[] stages = ["producer", "sx-sequencer", "sx-journal", "sx-matching", "sx-fan-out"];
        var parts = Threads
            .Where(t => stages.Any(t.Key.StartsWith))
            .OrderBy(t => Array.FindIndex(stages, t.Key.StartsWith))
            .Select(t => FormattableString.Invariant($"{t.Key} {t.Value.OnCpuNanoseconds / (double)Commands:F0}/{1000.0 * t.Value.SwitchesIn / Commands:F1}"));
        return string.Join(", ", parts);
    }
}
