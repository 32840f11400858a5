using System.Buffers.Binary;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// The frame of one journal record, the unit the journal appends, checks and replays. The length comes first so
/// a reader can step from record to record; the checksum comes last and covers everything before it, the length
/// included, so a torn or damaged frame (a wrong length, a half-written payload, a stray byte) never passes as a
/// record.
/// </summary>
/// <remarks>
/// Little-endian throughout.
/// <code>
///  0               4                               12   13   14        16               16+n            20+n
///  +---------------+-------------------------------+----+----+---------+----------------+---------------+
///  | length   u32  | sequence                 i64  |type|ver |reserved | payload        | crc32c   u32  |
///  |               |                               | u8 | u8 | u16 = 0 | n bytes        |               |
///  +---------------+-------------------------------+----+----+---------+----------------+---------------+
///  length   = 20 + n, the whole record
///  sequence = the command's sequence number: continuous, +1 per record, across segments
///  type     = JournalRecordType (never 0); ver = payload layout version of the type (1)
///  crc32c   = CRC-32C of bytes [0, 16 + n)
/// </code>
/// Records are not padded: the fixed command payloads make 28 to 88 byte records.
/// </remarks>
public static class JournalRecordLayout
{
    public const int LengthOffset = 0;
    public const int SequenceOffset = 4;
    public const int TypeOffset = 12;
    public const int VersionOffset = 13;
    public const int ReservedOffset = 14;

    /// <summary>Bytes before the payload.</summary>
    public const int HeaderLength = 16;

    /// <summary>Bytes after the payload (the checksum).</summary>
    public const int TrailerLength = 4;

    /// <summary>Frame bytes around a payload.</summary>
    public const int Overhead = HeaderLength + TrailerLength;

    /// <summary>
    /// Largest payload. Commands take at most 68 bytes; the bound is for listings with long tick tables, and
    /// keeps a damaged length field from sending a reader on a gigabyte-long read.
    /// </summary>
    public const int MaxPayloadLength = 64 * 1024;

    /// <summary>Smallest valid record (an empty payload).</summary>
    public const int MinRecordLength = Overhead;

    /// <summary>Largest valid record.</summary>
    public const int MaxRecordLength = MaxPayloadLength + Overhead;

    /// <summary>The payload layout version this code writes and reads.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>
    /// Fills in the frame around a payload already written at <c>record[HeaderLength..]</c>: length, sequence,
    /// type, version and checksum. Returns the record's length.
    /// </summary>
    public static int Seal(Span<byte> record, long sequence, JournalRecordType type, int payloadLength)
    {
        int length = payloadLength + Overhead;
        record = record[..length];
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)length);
        BinaryPrimitives.WriteInt64LittleEndian(record[SequenceOffset..], sequence);
        record[TypeOffset] = (byte)type;
        record[VersionOffset] = CurrentVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(record[ReservedOffset..], 0);
        int crcAt = length - TrailerLength;
        BinaryPrimitives.WriteUInt32LittleEndian(record[crcAt..], Crc32C.Compute(record[..crcAt]));
        return length;
    }

    /// <summary>The length field of a frame (at least 4 bytes of it are needed).</summary>
    public static int ReadLength(ReadOnlySpan<byte> record) => (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(record), int.MaxValue);

    /// <summary>True when a length field is inside the bounds a record can have.</summary>
    public static bool IsPlausibleLength(int length) => length is >= MinRecordLength and <= MaxRecordLength;

    /// <summary>True when the checksum of a whole frame (exactly its length) matches its content.</summary>
    public static bool HasValidChecksum(ReadOnlySpan<byte> record)
    {
        int crcAt = record.Length - TrailerLength;
        return BinaryPrimitives.ReadUInt32LittleEndian(record[crcAt..]) == Crc32C.Compute(record[..crcAt]);
    }

    /// <summary>The stored checksum of a whole frame.</summary>
    public static uint StoredChecksum(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadUInt32LittleEndian(record[^TrailerLength..]);

    public static long ReadSequence(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadInt64LittleEndian(record[SequenceOffset..]);

    public static JournalRecordType ReadType(ReadOnlySpan<byte> record) => (JournalRecordType)record[TypeOffset];

    public static byte ReadVersion(ReadOnlySpan<byte> record) => record[VersionOffset];

    public static ushort ReadReserved(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadUInt16LittleEndian(record[ReservedOffset..]);

    /// <summary>The payload of a whole frame.</summary>
    public static ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> record) => record[HeaderLength..^TrailerLength];
}
