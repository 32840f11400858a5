namespace SocialExchange.Matching.Journaling;

/// <summary>When a journal writer counts an appended record as durable (see <see cref="JournalWriter.Commit"/>).</summary>
public enum JournalDurability : byte
{
    /// <summary>
    /// Pure simulation: records are buffered and written when the buffer fills and on dispose; every appended
    /// record counts as committed at once. A crash loses the buffer.
    /// </summary>
    None = 0,

    /// <summary>
    /// Each commit writes the batch to the operating system, without waiting for the disk: it survives the
    /// process being killed, not a power cut.
    /// </summary>
    Async = 1,

    /// <summary>
    /// Group commit: each commit writes the batch and waits for one fsync, then reports the whole batch durable.
    /// It survives a power cut.
    /// </summary>
    Durable = 2,
}
