namespace SocialExchange.Matching.Journaling;

/// <summary>
/// One record as read from the journal. <see cref="Payload"/> points into the reader's buffer and is valid only
/// until the next read (copy it to keep it), which is what lets a replay read millions of records without
/// allocating.
/// </summary>
public readonly struct JournalRecord
{
    public JournalRecord(long sequence, JournalRecordType type, ReadOnlyMemory<byte> payload, string segmentPath, long offset)
    {
        Sequence = sequence;
        Type = type;
        Payload = payload;
        SegmentPath = segmentPath;
        Offset = offset;
    }

    /// <summary>The command's sequence number.</summary>
    public long Sequence { get; }

    /// <summary>What the payload holds.</summary>
    public JournalRecordType Type { get; }

    /// <summary>The command in the layout of <see cref="CommandCodec"/>; valid until the next read.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>The segment file the record is in.</summary>
    public string SegmentPath { get; }

    /// <summary>Byte offset of the record's frame in its segment file.</summary>
    public long Offset { get; }

    /// <summary>Bytes the whole frame takes in the file.</summary>
    public int Length => Payload.Length + JournalRecordLayout.Overhead;

    /// <summary>The command, boxed (tools and tests; replay decodes by type instead).</summary>
    public object Decode() => CommandCodec.Decode(Type, Payload.Span);
}
