namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Something recovery or reading did that an operator should know about: a torn tail dropped, or a repair that
/// discarded records. Delivered through the <c>onWarning</c> delegate of the reader and the writer's options (so
/// the host logs it its own way) and kept in <see cref="JournalWriter.RecoveryWarnings"/>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="SegmentPath">The segment file cut (or, for a reader, where it stopped).</param>
/// <param name="Offset">Byte offset where the valid journal now ends in that file.</param>
/// <param name="LastValidSequence">The last record kept; the next append is one more.</param>
/// <param name="BytesDiscarded">
/// Bytes cut from that file and later segments (zero for a reader). With preallocated segments the zeros a file
/// ends with are not counted (nor, then, the zero bytes a cut record itself ends with).
/// </param>
/// <param name="Problem">The damage that was found.</param>
public sealed record JournalWarning(
    JournalWarningKind Kind,
    string SegmentPath,
    long Offset,
    long LastValidSequence,
    long BytesDiscarded,
    JournalProblem Problem)
{
    /// <summary>The sentence to log.</summary>
    public string Message => Kind switch
    {
        JournalWarningKind.TornTailTruncated =>
            $"journal tail torn: truncated {SegmentPath} at offset {Offset} ({BytesDiscarded} bytes dropped); last valid sequence {LastValidSequence}. {Problem}",
        JournalWarningKind.TornTailIgnored =>
            $"journal tail torn: reading stopped at {SegmentPath} offset {Offset}; last valid sequence {LastValidSequence}. {Problem}",
        _ =>
            $"journal repaired: truncated at {SegmentPath} offset {Offset} ({BytesDiscarded} bytes set aside as *.discarded); last valid sequence {LastValidSequence}. {Problem}",
    };

    /// <inheritdoc />
    public override string ToString() => Message;
}
