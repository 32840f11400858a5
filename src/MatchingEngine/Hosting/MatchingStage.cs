using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Stage 2b, beside the journal: the one thread that owns the market. Applies each command to the engine (whose
/// handler copies the events to the outbound ring), then writes the command's completion. Between batches, when a
/// snapshot was asked for, it writes one: the only pause matching takes.
/// </summary>
internal struct MatchingStage(
    MatchingEngine<OutboundEventWriter> engine, OutboundEventWriter events, MatchingContext context, long sequenceOffset, SnapshotScheduler snapshots)
    : IBatchHandler<InboundSlot>
{
    // The slot is read-only here: the journal stage reads the same slot at the same time.
    public void OnEvent(ref InboundSlot item, long sequence, bool endOfBatch)
    {
        long journalSequence = sequence + sequenceOffset;
        ref readonly var command = ref item.Command;
        context.Begin(journalSequence, in command);
        if (item.Listing is { } spec) engine.AddInstrument(spec, command.Time);
        else command.ApplyTo(engine);
        events.Complete(new CommandCompleted(
            journalSequence, command.Kind, command.Participant, command.ClientOrderId, context.Code, context.OrderId, item.PendingCall, item.PublishedAt));
        context.MatchedSequence = journalSequence;
        if (endOfBatch && snapshots.IsRequested) snapshots.WriteNow(engine, journalSequence);
    }
}
