using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// The single producer's private bookkeeping: the last sequence it claimed and the last gating minimum it read.
/// </summary>
/// <remarks>
/// Only the producer thread reads or writes these two fields, but they live inside the
/// <see cref="SingleProducerSequencer"/> object, whose other fields (the cursor reference, the buffer size) consumers
/// read on every wait. The padding (explicit layout, checked by <c>SequenceLayoutTests</c>) keeps the producer's
/// writes off the line the consumers read. Plain fields: no other thread touches them, so no ordering is needed.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = Sequence.PaddingBytes + 2 * sizeof(long) + Sequence.PaddingBytes)]
internal struct PaddedProducerPosition
{
    /// <summary>The highest sequence claimed so far (published or not).</summary>
    [FieldOffset(Sequence.PaddingBytes)]
    public long Claimed;

    /// <summary>The smallest gating sequence seen at the last check; the producer may run up to it plus the buffer size without reading the gating sequences again.</summary>
    [FieldOffset(Sequence.PaddingBytes + sizeof(long))]
    public long CachedGating;
}
