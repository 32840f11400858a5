using System.Diagnostics;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>Converts <see cref="Stopwatch"/> ticks to nanoseconds (on Linux a tick is already a nanosecond).</summary>
public static class Nanoseconds
{
    /// <summary>Nanoseconds per Stopwatch tick.</summary>
    public static readonly double PerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>Ticks as whole nanoseconds.</summary>
    public static long FromTicks(long ticks) => (long)Math.Round(ticks * PerTick);
}
