using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// Segments created as files of zeros ahead of need (<see cref="JournalWriterOptions.PreallocateSegments"/>): records read back whole across rolls, a
/// reopened journal appends where the records end, and damage inside the zeros is still told apart from the end.
/// </summary>
public sealed class PreallocatedSegmentTests
{
    private const int SegmentSize = 4096;
    private static readonly JournalWriterOptions Options = new() { Durability = JournalDurability.Durable, SegmentSize = SegmentSize, PreallocateSegments = true };

    [Fact]
    public void Write_ManySegments_EveryPreparedFileHasTheSegmentSizeAndEveryRecordReadsBack()
    {
        using var dir = new TempDirectory();
        var commands = JournalTestData.RandomCommands(41, 400);
        int misses;
        using (var writer = JournalWriter.Open(dir.Path, Options))
        {
            for (int i = 0; i < commands.Count; i++)
            {
                Assert.Equal(JournalAppendResult.Appended, JournalTestData.Append(writer, writer.NextSequence, commands[i]));
                if (i % 10 == 9) writer.Commit();
            }
            writer.Commit();
            misses = writer.PreallocationMisses;
        }

        var segments = JournalTestData.Segments(dir.Path);
        Assert.True(segments.Length > 5, $"only {segments.Length} segments");
        // The first segment of a new journal is prepared before the writer returns; later ones when ready in time.
        // A prepared file has the segment size; one created on a miss ends where its records end.
        Assert.Equal(SegmentSize, new FileInfo(segments[0]).Length);
        var records = JournalTestData.ReadAll(dir.Path);
        int grown = 0;
        foreach (string segment in segments)
        {
            long dataEnd = records.Where(r => r.Segment == segment).Max(r => r.Offset + r.Length);
            long length = new FileInfo(segment).Length;
            Assert.True(length == SegmentSize || length == dataEnd, $"{segment} is {length} bytes, its records end at {dataEnd}");
            if (length != SegmentSize) grown++;
        }
        Assert.True(grown <= misses, $"{grown} segments grew, but the writer counted {misses} misses");
        Assert.Equal(commands, records.Select(r => r.Command));
        var verification = JournalVerifier.Verify(dir.Path);
        Assert.Null(verification.Problem);
        Assert.Equal(commands.Count, verification.LastSequence);
        Assert.False(File.Exists(dir.Combine(SegmentPreallocator.FileName)), "the unused prepared file is deleted when the writer closes");
    }

    [Fact]
    public void Open_AfterACleanStop_AppendsWhereTheRecordsEndWithoutWarning()
    {
        using var dir = new TempDirectory();
        var options = Options with { SegmentSize = 64 * 1024 };
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(42, 50), options);
        var last = JournalTestData.ReadAll(dir.Path)[^1];

        using (var writer = JournalWriter.Open(dir.Path, options))
        {
            Assert.Empty(writer.RecoveryWarnings);
            Assert.Equal(51, writer.NextSequence);
            for (long s = 51; s <= 60; s++) writer.Append(s, new AdvanceTime(s));
            Assert.Equal(60, writer.Commit());
        }

        var records = JournalTestData.ReadAll(dir.Path);
        Assert.Equal(Enumerable.Range(1, 60).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Equal(last.Offset + last.Length, records[50].Offset);
        Assert.Equal(64 * 1024, new FileInfo(last.Segment).Length);
    }

    [Fact]
    public void Open_LastRecordCutShortInsideTheZeros_IsATornTailCutWithAWarning()
    {
        using var original = new TempDirectory();
        var options = Options with { SegmentSize = 64 * 1024 };
        JournalTestData.Write(original.Path, JournalTestData.RandomCommands(43, 50), options);
        var last = JournalTestData.ReadAll(original.Path)[^1];

        // A write cut short in a preallocated file leaves the record's first bytes and the zeros that were there.
        for (int written = 1; written < last.Length; written++)
        {
            using var dir = original.Copy();
            string segment = dir.Combine(Path.GetFileName(last.Segment));
            ZeroFrom(segment, last.Offset + written, last.Length - written);
            var warnings = new List<JournalWarning>();

            using (var writer = JournalWriter.Open(dir.Path, options with { OnWarning = warnings.Add }))
            {
                var warning = Assert.Single(warnings);
                Assert.Equal(JournalWarningKind.TornTailTruncated, warning.Kind);
                Assert.Equal(last.Offset, warning.Offset);
                Assert.Equal(49, warning.LastValidSequence);
                Assert.InRange(warning.BytesDiscarded, 1, written);
                Assert.Equal(50, writer.NextSequence);
            }
            Assert.Equal(49, JournalTestData.ReadAll(dir.Path).Count);
        }
    }

    [Fact]
    public void Open_LastRecordNeverWritten_IsTheEndNotDamage()
    {
        // All zeros where the record would be: the write never reached the file, so it was never durable either.
        using var dir = new TempDirectory();
        var options = Options with { SegmentSize = 64 * 1024 };
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(44, 50), options);
        var last = JournalTestData.ReadAll(dir.Path)[^1];
        ZeroFrom(last.Segment, last.Offset, last.Length);

        using var writer = JournalWriter.Open(dir.Path, options);

        Assert.Empty(writer.RecoveryWarnings);
        Assert.Equal(50, writer.NextSequence);
    }

    [Fact]
    public void Open_ZerosThenAStrayByte_IsATornTailAtTheEndOfTheRecords()
    {
        using var dir = new TempDirectory();
        var options = Options with { SegmentSize = 64 * 1024 };
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(45, 50), options);
        var last = JournalTestData.ReadAll(dir.Path)[^1];
        WriteAt(last.Segment, last.Offset + last.Length + 1000, [0x5A]);

        using var writer = JournalWriter.Open(dir.Path, options);

        var warning = Assert.Single(writer.RecoveryWarnings);
        Assert.Equal(JournalProblemKind.ImplausibleLength, warning.Problem.Kind);
        Assert.Equal(last.Offset + last.Length, warning.Offset);
        Assert.Equal(1001, warning.BytesDiscarded);
        Assert.Equal(51, writer.NextSequence);
    }

    [Fact]
    public void Open_ZerosThenAValidRecord_IsCorruptionNotTheEnd()
    {
        // A hole of zeros with a record after it is not what an append leaves: records after it would be lost.
        using var dir = new TempDirectory();
        var options = Options with { SegmentSize = 64 * 1024 };
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(46, 50), options);
        var records = JournalTestData.ReadAll(dir.Path);
        var last = records[^1];
        byte[] bytes = File.ReadAllBytes(last.Segment);
        WriteAt(last.Segment, last.Offset + last.Length + 512, bytes.AsSpan((int)records[10].Offset, records[10].Length).ToArray());

        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, options));

        Assert.Equal(JournalProblemKind.ImplausibleLength, e.Problem.Kind);
        Assert.Equal(last.Offset + last.Length, e.Problem.Offset);
    }

    [Fact]
    public void Open_LeftoverPreparedFile_IsDeletedAndNeverReadAsASegment()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine(SegmentPreallocator.FileName), Enumerable.Repeat((byte)0xEE, SegmentSize).ToArray());
        var commands = JournalTestData.RandomCommands(47, 200);

        JournalTestData.Write(dir.Path, commands, Options);

        Assert.Equal(commands, JournalTestData.ReadAll(dir.Path).Select(r => r.Command));
        Assert.False(File.Exists(dir.Combine(SegmentPreallocator.FileName)));
    }

    [Fact]
    public void Open_PreallocationOff_SegmentsGrowWithTheirRecordsAndALeftoverIsDeleted()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine(SegmentPreallocator.FileName), new byte[SegmentSize]);
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(48, 50), Options with { SegmentSize = 64 * 1024, PreallocateSegments = false });
        var last = JournalTestData.ReadAll(dir.Path)[^1];

        Assert.Equal(last.Offset + last.Length, new FileInfo(last.Segment).Length);
        Assert.False(File.Exists(dir.Combine(SegmentPreallocator.FileName)));
    }

    private static void ZeroFrom(string path, long offset, int count) => WriteAt(path, offset, new byte[count]);

    private static void WriteAt(string path, long offset, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write(bytes);
    }
}
