namespace SocialExchange.Matching.Journaling;

/// <summary>
/// What <see cref="JournalVerifier.Verify"/> found: the valid range of sequences and the first problem, if any.
/// </summary>
/// <param name="Directory">The journal directory.</param>
/// <param name="Segments">The segment files, in sequence order.</param>
/// <param name="FirstSequence">The first valid record's sequence; 0 when there is none.</param>
/// <param name="LastSequence">The last valid record's sequence; 0 when there is none.</param>
/// <param name="RecordCount">Valid records, from the first up to the problem (or the end).</param>
/// <param name="NextSequence">The sequence the next appended record gets: one after the last valid record (for an empty journal, its first segment's name).</param>
/// <param name="Problem">The first problem; null for a clean journal.</param>
public sealed record JournalVerification(
    string Directory,
    IReadOnlyList<JournalSegmentInfo> Segments,
    long FirstSequence,
    long LastSequence,
    long RecordCount,
    long NextSequence,
    JournalProblem? Problem)
{
    /// <summary>No problem at all.</summary>
    public bool IsClean => Problem is null;

    /// <summary>The only problem is a torn tail, which recovery drops with a warning.</summary>
    public bool HasTornTail => Problem is { IsTornTail: true };

    /// <summary>Damage that recovery refuses without an explicit repair.</summary>
    public bool IsCorrupted => Problem is { IsTornTail: false };

    /// <summary>One line for a person.</summary>
    public override string ToString() =>
        (RecordCount == 0 ? $"no valid records in {Segments.Count} segment(s)" : $"records {FirstSequence}..{LastSequence} ({RecordCount}) in {Segments.Count} segment(s)")
        + (Problem is null ? ", clean" : $"; {Problem}");
}
