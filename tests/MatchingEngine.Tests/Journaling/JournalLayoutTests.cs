using System.Buffers.Binary;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>The record frame and segment header, built byte by byte, against what the code writes and reads.</summary>
public sealed class JournalLayoutTests
{
    [Fact]
    public void Seal_AdvanceTime_FrameIsTheDocumentedOne()
    {
        var record = new byte[28];
        var command = new AdvanceTime(0x0102030405060708);
        int payload = CommandCodec.Encode(in command, record.AsSpan(JournalRecordLayout.HeaderLength));
        int length = JournalRecordLayout.Seal(record, sequence: 0x1122334455667788, JournalRecordType.AdvanceTime, payload);

        byte[] expected =
        [
            28, 0, 0, 0,                                      // 0  length: the whole record, 16 + 8 + 4
            0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11,   // 4  sequence
            6,                                                // 12 type: AdvanceTime
            1,                                                // 13 payload layout version
            0, 0,                                             // 14 reserved
            0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01,   // 16 payload: time
            0, 0, 0, 0,                                       // 24 crc32c, filled in below
        ];
        BinaryPrimitives.WriteUInt32LittleEndian(expected.AsSpan(24), Crc32C.Compute(expected.AsSpan(0, 24)));
        Assert.Equal(28, length);
        Assert.Equal(expected, record);
    }

    [Fact]
    public void WriteHeader_FirstSequence_HeaderIsTheDocumentedOne()
    {
        var header = new byte[JournalSegmentLayout.HeaderLength];
        JournalSegmentLayout.WriteHeader(header, 42);
        byte[] expected =
        [
            (byte)'S', (byte)'X', (byte)'J', (byte)'N',   // 0  magic
            1, 0,                                         // 4  format version
            24, 0,                                        // 6  header length
            42, 0, 0, 0, 0, 0, 0, 0,                      // 8  first sequence
            0, 0, 0, 0,                                   // 16 reserved
            0, 0, 0, 0,                                   // 20 crc32c of [0, 20), below
        ];
        BinaryPrimitives.WriteUInt32LittleEndian(expected.AsSpan(20), Crc32C.Compute(expected.AsSpan(0, 20)));
        Assert.Equal(expected, header);
        Assert.Null(JournalSegmentLayout.CheckHeader(header, 42));
        Assert.Contains("name says 41", JournalSegmentLayout.CheckHeader(header, 41));
    }

    [Fact]
    public void FileName_Sequences_SortInSequenceOrderAndParseBack()
    {
        Assert.Equal("00000000000000000001.journal", JournalSegmentLayout.FileName(1));
        long[] sequences = [1, 9, 10, 99, 100, 123_456_789, long.MaxValue];
        var names = sequences.Select(JournalSegmentLayout.FileName).ToArray();
        Assert.Equal(names, names.Order(StringComparer.Ordinal));
        for (int i = 0; i < names.Length; i++)
        {
            Assert.True(JournalSegmentLayout.TryParseFileName(names[i], out long parsed));
            Assert.Equal(sequences[i], parsed);
        }
        Assert.False(JournalSegmentLayout.TryParseFileName("00000000000000000001.journal.discarded", out _));
        Assert.False(JournalSegmentLayout.TryParseFileName("0000000000000000000x.journal", out _));
    }

    [Fact]
    public void Reader_HandBuiltSegment_ReadsItsRecords()
    {
        using var dir = new TempDirectory();
        var bytes = HandBuiltSegment(first: 7, sequences: [7, 8, 9]);
        File.WriteAllBytes(dir.Combine(JournalSegmentLayout.FileName(7)), bytes);

        var records = JournalTestData.ReadAll(dir.Path);

        Assert.Equal([7L, 8, 9], records.Select(r => r.Sequence));
        Assert.Equal([new AdvanceTime(7), new AdvanceTime(8), new AdvanceTime(9)], records.Select(r => r.Command));
        Assert.Equal([24L, 52, 80], records.Select(r => r.Offset));
    }

    /// <summary>A segment of AdvanceTime records with the given sequences (time = sequence), built without the writer.</summary>
    internal static byte[] HandBuiltSegment(long first, long[] sequences)
    {
        var bytes = new byte[JournalSegmentLayout.HeaderLength + 28 * sequences.Length];
        JournalSegmentLayout.WriteHeader(bytes, first);
        for (int i = 0; i < sequences.Length; i++)
        {
            var record = bytes.AsSpan(JournalSegmentLayout.HeaderLength + 28 * i, 28);
            var command = new AdvanceTime(sequences[i]);
            CommandCodec.Encode(in command, record[JournalRecordLayout.HeaderLength..]);
            JournalRecordLayout.Seal(record, sequences[i], JournalRecordType.AdvanceTime, CommandCodec.AdvanceTimeLength);
        }
        return bytes;
    }
}
