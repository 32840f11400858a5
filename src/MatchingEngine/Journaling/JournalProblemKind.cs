namespace SocialExchange.Matching.Journaling;

/// <summary>What is wrong at the first bad place of a journal.</summary>
public enum JournalProblemKind : byte
{
    /// <summary>A record's frame runs past the end of its file: it was being written when the writer stopped.</summary>
    IncompleteRecord = 1,

    /// <summary>A record's CRC-32C does not match its bytes.</summary>
    ChecksumMismatch = 2,

    /// <summary>A record's length field is outside the lengths a record can have (zeros read as this).</summary>
    ImplausibleLength = 3,

    /// <summary>A segment's header is missing, incomplete, damaged, of another version, or disagrees with the file name.</summary>
    BadSegmentHeader = 4,

    /// <summary>A record with a valid checksum that this build cannot read: unknown type or version, nonzero reserved bytes, wrong payload shape.</summary>
    UnsupportedRecord = 5,

    /// <summary>Sequences jump forward: records (or a whole segment) are missing.</summary>
    SequenceGap = 6,

    /// <summary>A sequence appears again or goes backwards: duplicated records or segments.</summary>
    SequenceRepeated = 7,

    /// <summary>Reading was asked to start at a sequence older than the journal's first record.</summary>
    MissingStart = 8,
}
