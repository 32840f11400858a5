using System.Buffers.Binary;
using System.Globalization;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// A journal segment file: a header, then records (<see cref="JournalRecordLayout"/>) back to back up to the end
/// of the file. The name is the first sequence the segment holds, zero-padded to 20 digits, so the directory listing
/// in name order is the journal in sequence order and a reader starting at a sequence can pick its segment from
/// the names alone.
/// </summary>
/// <remarks>
/// <code>
///  file name: 00000000000000000001.journal    (first sequence, 20 digits)
///
///  0               4       6       8                               16              20              24
///  +---------------+-------+-------+-------------------------------+---------------+---------------+
///  | magic "SXJN"  |version|header | first sequence           i64  | reserved = 0  | crc32c   u32  |
///  |               |  u16  |length |  (equals the name's)          |               | of [0, 20)    |
///  +---------------+-------+-------+-------------------------------+---------------+---------------+
///  24: records
/// </code>
/// The header is written with the segment's first batch, so a segment created just before a crash may have a
/// short or empty header; recovery treats that like any torn tail.
/// <para>
/// A segment may be preallocated (<see cref="JournalWriterOptions.PreallocateSegments"/>): its file was created
/// as zeros and is longer than its records. Where a record would start, a zero length field with nothing but
/// zeros after it to the end of the file is the end of the segment's records, not damage; zeros followed by any
/// other byte are damage like any other (a torn tail or corruption, by what follows).
/// </para>
/// </remarks>
public static class JournalSegmentLayout
{
    /// <summary>Header bytes; the first record starts here.</summary>
    public const int HeaderLength = 24;

    /// <summary>Segment format version this code writes and reads.</summary>
    public const ushort CurrentVersion = 1;

    /// <summary>Extension of segment files; other files in the directory are ignored.</summary>
    public const string Extension = ".journal";

    private const int NameDigits = 20;

    /// <summary>"SXJN" as bytes.</summary>
    private static ReadOnlySpan<byte> Magic => "SXJN"u8;

    /// <summary>The file name of the segment whose first record is <paramref name="firstSequence"/>.</summary>
    public static string FileName(long firstSequence) =>
        firstSequence.ToString("D" + NameDigits, CultureInfo.InvariantCulture) + Extension;

    /// <summary>Reads the first sequence from a segment's file name; false for any other file.</summary>
    public static bool TryParseFileName(string fileName, out long firstSequence)
    {
        firstSequence = 0;
        if (fileName.Length != NameDigits + Extension.Length || !fileName.EndsWith(Extension, StringComparison.Ordinal)) return false;
        var digits = fileName.AsSpan(0, NameDigits);
        foreach (char c in digits)
        {
            if (c is < '0' or > '9') return false;
        }
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out firstSequence);
    }

    /// <summary>Whether <paramref name="directory"/> holds at least one file named like a segment.</summary>
    public static bool AnySegmentIn(string directory) =>
        System.IO.Directory.EnumerateFiles(directory).Any(path => TryParseFileName(Path.GetFileName(path), out _));

    /// <summary>Writes a segment header for <paramref name="firstSequence"/>.</summary>
    public static void WriteHeader(Span<byte> header, long firstSequence)
    {
        header = header[..HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], CurrentVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], HeaderLength);
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], firstSequence);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Crc32C.Compute(header[..20]));
    }

    /// <summary>
    /// Checks a segment header against the sequence in the file's name; returns null when it is valid, else what
    /// is wrong, in words.
    /// </summary>
    public static string? CheckHeader(ReadOnlySpan<byte> header, long firstSequenceFromName)
    {
        if (header.Length < HeaderLength) return $"the segment header is incomplete ({header.Length} of {HeaderLength} bytes)";
        if (!header[..4].SequenceEqual(Magic)) return "the file does not start with the journal segment magic \"SXJN\"";
        if (BinaryPrimitives.ReadUInt32LittleEndian(header[20..]) != Crc32C.Compute(header[..20])) return "the segment header checksum does not match";
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        if (version != CurrentVersion) return $"segment format version {version} is not supported (this build reads {CurrentVersion})";
        ushort length = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
        if (length != HeaderLength) return $"segment header length {length} is not supported (expected {HeaderLength})";
        long first = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        if (first != firstSequenceFromName) return $"the header says the segment starts at sequence {first}, its name says {firstSequenceFromName}";
        return null;
    }
}
