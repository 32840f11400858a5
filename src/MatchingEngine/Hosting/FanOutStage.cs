using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Stage 3, on the outbound ring: releases each event once its command is durable. A command's completion
/// becomes the waiting caller's acknowledgement (matched and durable: both stages are behind it), then every
/// sink sees the event. When the journal has failed, events of commands that never became durable are withheld
/// and their callers told so: nothing that a restart would not have is acknowledged or published.
/// </summary>
internal struct FanOutStage(PendingCallPool calls, Sequence? durable, HostState state, IOutboundSink[] sinks) : IBatchHandler<OutboundEvent>
{
    // Without a journal every applied command counts as durable.
    private long _durableKnown = durable is null ? long.MaxValue : long.MinValue;
    private long _acknowledged;

    // Whether the sinks have had an event since they were last told the batch ended.
    private bool _sinksHaveEvents;

    /// <summary>The last command acknowledged (or refused as not durable); read by the host for health and draining.</summary>
    public readonly long Acknowledged => Volatile.Read(in _acknowledged);

    public void OnEvent(ref OutboundEvent item, long sequence, bool endOfBatch)
    {
        if (item.CommandSequence > _durableKnown)
        {
            _durableKnown = durable!.Value;
            if (item.CommandSequence > _durableKnown)
            {
                // About to wait: what the sinks have is all they get until the journal catches up.
                EndBatch();
                _durableKnown = AwaitDurable(item.CommandSequence);
            }
        }
        bool isDurable = item.CommandSequence <= _durableKnown;
        if (item.Kind == OutboundEventKind.CommandCompleted)
        {
            ref readonly var completion = ref item.As<CommandCompleted>();
            if (completion.PendingCall >= 0) calls[completion.PendingCall].TryComplete(OutcomeOf(in completion, isDurable, state));
            Volatile.Write(ref _acknowledged, completion.Sequence);
        }
        if (isDurable)
        {
            foreach (var sink in sinks) sink.OnEvent(in item);
            _sinksHaveEvents = true;
        }
        if (endOfBatch) EndBatch();
    }

    /// <summary>Tells the sinks that the events so far are all there is for now (see <see cref="IOutboundSink.OnEndOfBatch"/>), once per stretch of events.</summary>
    private void EndBatch()
    {
        if (!_sinksHaveEvents) return;
        _sinksHaveEvents = false;
        foreach (var sink in sinks) sink.OnEndOfBatch();
    }

    private static CommandOutcome OutcomeOf(in CommandCompleted completion, bool isDurable, HostState state) => isDurable
        ? new CommandOutcome(CommandStatus.Acknowledged, completion.Sequence, completion.Code, completion.OrderId, null)
        : new CommandOutcome(CommandStatus.NotDurable, completion.Sequence, completion.Code, completion.OrderId, state.Reason);

    /// <summary>
    /// Waits for the journal to make <paramref name="target"/> durable, or to fail. The journal stage commits at the
    /// end of every batch, so the wait is at most one group commit; spinning (without the 1 ms sleeps of a plain
    /// <see cref="SpinWait"/>) keeps acknowledgement latency at the fsync's.
    /// </summary>
    private readonly long AwaitDurable(long target)
    {
        var spin = new SpinWait();
        while (true)
        {
            long current = durable!.Value;
            if (current >= target || state.JournalHasFailed) return current;
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }
}
