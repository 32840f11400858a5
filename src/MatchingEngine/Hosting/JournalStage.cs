using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Stage 1 and 2a on one thread: the sequencer (stamps each command's time, see <see cref="SequencerStage"/>) and
/// the journal. For a batch it stamps and buffers every command, releases the batch to the matching thread
/// (<paramref name="stamped"/>), and only then writes and commits it (with <see cref="JournalDurability.Durable"/>,
/// one fsync per batch: group commit) while the matching thread works on the same batch; then it publishes the
/// durable sequence that the fan-out stage releases acknowledgements up to. A failed append or commit stops the
/// durable sequence for good and reports the failure to the host, which stops accepting commands.
/// </summary>
/// <remarks>
/// Stamping here rather than on a thread of its own saves a thread that does almost nothing: on the 2-core
/// machine this project is measured on, five busy threads (producer, sequencer, journal, matching, fan-out)
/// ran slower than four. Matching still overlaps the expensive part, the write and the fsync.
/// </remarks>
internal struct JournalStage(
    JournalWriter writer, long sequenceOffset, Sequence durable, HostState state, SequencerStage sequencer, Sequence stamped, IWaitStrategy waitStrategy)
    : IBatchHandler<InboundSlot>
{
    private SequencerStage _sequencer = sequencer;

    public void OnEvent(ref InboundSlot item, long sequence, bool endOfBatch)
    {
        _sequencer.OnEvent(ref item, sequence, endOfBatch);
        if (writer.Status == JournalWriterStatus.Writing)
        {
            long journalSequence = sequence + sequenceOffset;
            JournalAppendResult result;
            if (item.Listing is { } spec)
            {
                result = writer.Append(journalSequence, new ListInstrument(item.Command.Time, spec));
            }
            else
            {
                var visitor = new JournalAppendVisitor(writer, journalSequence);
                item.Command.Visit(ref visitor);
                result = visitor.Result;
            }
            if (result != JournalAppendResult.Appended) state.JournalFailed(journalSequence, JournalAppendResults.Describe(result) + Because(writer));
        }
        if (endOfBatch)
        {
            stamped.SetValue(sequence); // release: the stamps are visible before the matching thread reads them
            waitStrategy.SignalAllWhenBlocking();
            durable.SetValue(writer.Commit());
            if (writer.Status == JournalWriterStatus.Failed) state.JournalFailed(writer.DurableSequence + 1, writer.FailureReason ?? "the journal failed");
        }
    }

    private static string Because(JournalWriter writer) => writer.FailureReason is { } reason ? ": " + reason : "";
}
