using System.Diagnostics;
using SocialExchange.Bench.Workloads.Running;
using SocialExchange.Matching.Hosting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// A sink on the host's fan-out thread: for every command completion (delivered right after the caller's
/// acknowledgement), the time from the producer's publish to the acknowledgement. Counts events too, a cheap check
/// that the fan-out carried the whole stream.
/// </summary>
/// <remarks>
/// The clock is read once per <see cref="ClockEvery"/> completions and at the end of every fan-out batch, and each
/// completion is timed by the first reading after it: a latency is overstated by at most the fan-out's work on
/// the next 15 commands (a few microseconds, more if its thread is preempted) and never understated. Reading the
/// clock for every completion cost the fan-out's core nearly as much as the fan-out's own work (bench/README.md,
/// "Seventh session"); the end of a batch comes before the fan-out waits for anything, so no completion waits
/// for a reading.
/// </remarks>
public sealed class AcknowledgementClock : IOutboundSink
{
    /// <summary>The most completions timed by one clock reading.</summary>
    public const int ClockEvery = 16;

    private readonly long[] _publishedAt = new long[ClockEvery];
    private int _waiting;

    private long _lastCompleted;

    public LatencyHistogram Latency { get; } = new();
    public long Events;

    /// <summary>The last command acknowledged whose latency is recorded: once the runner sees its last command here, the histogram is complete.</summary>
    public long LastAcknowledged;

    public void OnEvent(in OutboundEvent e)
    {
        Events++;
        if (e.Kind != OutboundEventKind.CommandCompleted) return;
        ref readonly var completion = ref e.As<CommandCompleted>();
        if (completion.PublishedAt != 0)
        {
            _publishedAt[_waiting++] = completion.PublishedAt;
            if (_waiting == ClockEvery) RecordWaiting();
        }
        _lastCompleted = completion.Sequence;
    }

    public void OnEndOfBatch()
    {
        if (_waiting > 0) RecordWaiting();
        Volatile.Write(ref LastAcknowledged, _lastCompleted);
    }

    private void RecordWaiting()
    {
        long now = Stopwatch.GetTimestamp();
        for (int i = 0; i < _waiting; i++) Latency.Record(Nanoseconds.FromTicks(now - _publishedAt[i]));
        _waiting = 0;
    }
}
