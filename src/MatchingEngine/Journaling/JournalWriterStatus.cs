namespace SocialExchange.Matching.Journaling;

/// <summary>The state of a <see cref="JournalWriter"/>, for health checks.</summary>
public enum JournalWriterStatus : byte
{
    /// <summary>Accepting appends.</summary>
    Writing = 1,

    /// <summary>
    /// A write, flush or segment creation failed (disk full, I/O error, permissions): appends are refused and
    /// nothing more is reported durable. <see cref="JournalWriter.FailureReason"/> says what happened. Reopen the
    /// journal (recovery drops whatever half-written tail the failure left) once the cause is fixed.
    /// </summary>
    Failed = 2,

    /// <summary>Disposed.</summary>
    Closed = 3,
}
