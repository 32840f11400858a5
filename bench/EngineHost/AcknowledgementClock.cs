using SocialExchange.Bench.Workloads.Running;
using SocialExchange.Matching.Hosting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// A sink on the host's fan-out thread: for every command completion (delivered right after the caller's
/// acknowledgement), the time from the producer's publish to now. Counts events too, a cheap check that the
/// fan-out carried the whole stream.
/// </summary>
public sealed class AcknowledgementClock : IOutboundSink
{
    public LatencyHistogram Latency { get; } = new();
    public long Events;
    public long LastAcknowledged;

    public void OnEvent(in OutboundEvent e)
    {
        Events++;
        if (e.Kind != OutboundEventKind.CommandCompleted) return;
        ref readonly var completion = ref e.As<CommandCompleted>();
        if (completion.PublishedAt != 0) Latency.Record(Nanoseconds.FromTicks(System.Diagnostics.Stopwatch.GetTimestamp() - completion.PublishedAt));
        Volatile.Write(ref LastAcknowledged, completion.Sequence);
    }
}
