namespace SocialExchange.Matching.Journaling;

/// <summary>What a <see cref="JournalWarning"/> reports.</summary>
public enum JournalWarningKind : byte
{
    /// <summary>Opening for writing found a torn tail and cut the file back to the last valid record.</summary>
    TornTailTruncated = 1,

    /// <summary>Reading found a torn tail and stopped at the last valid record (readers never modify files).</summary>
    TornTailIgnored = 2,

    /// <summary>Opening for writing with <see cref="JournalRepair.TruncateAtCorruption"/> cut the journal at a corrupted record.</summary>
    CorruptionTruncated = 3,
}
