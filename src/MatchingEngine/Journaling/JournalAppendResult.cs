namespace SocialExchange.Matching.Journaling;

/// <summary>
/// What <see cref="JournalWriter.Append{TCommand}"/> did. Anything but <see cref="Appended"/> means the record is
/// not in the journal; <see cref="JournalAppendResults.Describe"/> gives the sentence.
/// </summary>
public enum JournalAppendResult : byte
{
    /// <summary>The record is in the writer's buffer; <see cref="JournalWriter.Commit"/> makes it durable.</summary>
    Appended = 0,

    /// <summary>The sequence is not the one after the last appended record.</summary>
    SequenceOutOfOrder = 1,

    /// <summary>The encoded record is larger than <see cref="JournalRecordLayout.MaxRecordLength"/>.</summary>
    RecordTooLarge = 2,

    /// <summary>The writer is in its failed state after a write error; see <see cref="JournalWriter.FailureReason"/>.</summary>
    WriterFailed = 3,

    /// <summary>The writer was disposed.</summary>
    WriterClosed = 4,
}
