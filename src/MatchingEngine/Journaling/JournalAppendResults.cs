namespace SocialExchange.Matching.Journaling;

/// <summary>Readable sentences for <see cref="JournalAppendResult"/>; constant strings, so describing never allocates.</summary>
public static class JournalAppendResults
{
    /// <summary>The sentence a person reads for <paramref name="result"/>.</summary>
    public static string Describe(this JournalAppendResult result) => result switch
    {
        JournalAppendResult.Appended => "appended",
        JournalAppendResult.SequenceOutOfOrder => "the sequence is not the one after the last appended record",
        JournalAppendResult.RecordTooLarge => "the record is larger than the journal's largest record (64 KiB of payload)",
        JournalAppendResult.WriterFailed => "the journal writer failed after a write error and accepts nothing more",
        JournalAppendResult.WriterClosed => "the journal writer is closed",
        _ => "unknown journal append result",
    };
}
