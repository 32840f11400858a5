namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Simulated time, moved only by whoever drives the simulation: a run is then reproducible to the nanosecond.
/// Thread-safe: the driver sets it, the sequencer reads it.
/// </summary>
public sealed class VirtualClock(long start = 0) : IEngineClock
{
    private long _now = start;

    /// <inheritdoc/>
    public long Now() => Volatile.Read(ref _now);

    /// <summary>Moves the clock to <paramref name="time"/>; a time earlier than now is refused.</summary>
    public void Set(long time)
    {
        long now = Volatile.Read(ref _now);
        if (time < now) throw new ArgumentOutOfRangeException(nameof(time), $"virtual time cannot go back from {now} to {time}");
        Volatile.Write(ref _now, time);
    }

    /// <summary>Moves the clock forward by <paramref name="interval"/>.</summary>
    public void Advance(TimeSpan interval)
    {
        if (interval < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "virtual time only moves forward");
        Interlocked.Add(ref _now, interval.Ticks * 100);
    }
}
