namespace SocialExchange.Matching.Journaling;

/// <summary>
/// The first bad place found in a journal: which file, at which byte offset, which sequence was expected there,
/// and whether it is a torn tail (nothing valid follows it, so it is the write that was in progress when the
/// writer stopped) or corruption (valid records follow, or the record has a valid checksum but breaks the rules).
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="SegmentPath">The segment file.</param>
/// <param name="Offset">Byte offset in that file where the bad record (or header) starts; the valid journal ends here.</param>
/// <param name="ExpectedSequence">The sequence the journal needed at that place (one after the last valid record).</param>
/// <param name="FoundSequence">The sequence the bad record's header claims, when its header could be read; it may be garbage.</param>
/// <param name="IsTornTail">True when no valid record follows the damage, in this file or any later segment.</param>
/// <param name="Detail">What is wrong, in words.</param>
public sealed record JournalProblem(
    JournalProblemKind Kind,
    string SegmentPath,
    long Offset,
    long ExpectedSequence,
    long? FoundSequence,
    bool IsTornTail,
    string Detail)
{
    /// <summary>The sentence for logs and exceptions: file, offset, sequence and what is wrong.</summary>
    public override string ToString() =>
        $"{(IsTornTail ? "torn tail" : "corrupted journal")} in {SegmentPath} at offset {Offset}, expected sequence {ExpectedSequence}"
        + (FoundSequence is { } found && found != ExpectedSequence ? $" (the record there claims {found})" : "")
        + $": {Kind}: {Detail}";
}
