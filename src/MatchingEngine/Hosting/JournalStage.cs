using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Stage 2a, beside the matching thread: appends each command to the journal and commits at the end of every
/// batch (with <see cref="JournalDurability.Durable"/>, one fsync per batch: group commit), then publishes the
/// durable sequence that the fan-out stage releases acknowledgements up to. A failed append or commit stops the
/// durable sequence for good and reports the failure to the host, which stops accepting commands.
/// </summary>
internal struct JournalStage(JournalWriter writer, long sequenceOffset, Sequence durable, HostState state) : IBatchHandler<InboundSlot>
{
    public void OnEvent(ref InboundSlot item, long sequence, bool endOfBatch)
    {
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
            durable.SetValue(writer.Commit());
            if (writer.Status == JournalWriterStatus.Failed) state.JournalFailed(writer.DurableSequence + 1, writer.FailureReason ?? "the journal failed");
        }
    }

    private static string Because(JournalWriter writer) => writer.FailureReason is { } reason ? ": " + reason : "";
}
