using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// Damage on disk, done for real to the files: torn tails are cut back with a warning naming file and offset,
/// corruption elsewhere is refused with file, offset and sequence unless repair is asked for.
/// </summary>
/// <remarks>
/// The damage is done to segments that grew with their records (the default: where a file ends is where its
/// records end); the same rules on preallocated segments are in <see cref="PreallocatedSegmentTests"/>.
/// </remarks>
public sealed class JournalRecoveryTests
{
    private static readonly JournalWriterOptions Options = new() { Durability = JournalDurability.Async, SegmentSize = 2048 };

    [Fact]
    public void Open_LastRecordCutAtEveryByte_TruncatesToLastValidRecordWithWarning()
    {
        using var original = new TempDirectory();
        // The last record is the largest kind (a place order, 88 bytes), so every cut of every field is tried.
        var commands = JournalTestData.RandomCommands(21, 99).Append(new PlaceOrder(999, 1, 2, 3, Side.Sell, OrderType.Limit, TimeInForce.Day, 100, 7)).ToList();
        JournalTestData.Write(original.Path, commands, Options);
        var last = JournalTestData.ReadAll(original.Path)[^1];
        Assert.Equal(100, last.Sequence);
        Assert.Equal(88, last.Length);
        string lastSegmentName = Path.GetFileName(last.Segment);

        for (int k = 1; k < last.Length; k++)
        {
            using var dir = original.Copy();
            string segment = dir.Combine(lastSegmentName);
            long fullLength = new FileInfo(segment).Length;
            Truncate(segment, fullLength - k);
            var warnings = new List<JournalWarning>();

            using (var writer = JournalWriter.Open(dir.Path, Options with { OnWarning = warnings.Add }))
            {
                var warning = Assert.Single(warnings);
                Assert.Equal(warning, Assert.Single(writer.RecoveryWarnings));
                Assert.Equal(JournalWarningKind.TornTailTruncated, warning.Kind);
                Assert.Equal(segment, warning.SegmentPath);
                Assert.Equal(last.Offset, warning.Offset);
                Assert.Equal(99, warning.LastValidSequence);
                Assert.Equal(last.Length - k, warning.BytesDiscarded);
                Assert.Contains(segment, warning.Message);
                Assert.Contains($"offset {last.Offset}", warning.Message);
                Assert.True(warning.Problem.IsTornTail);
                Assert.Equal(last.Offset, new FileInfo(segment).Length);
                Assert.Equal(100, writer.NextSequence);
                Assert.Equal(99, writer.DurableSequence);

                // The lost command is sent again (it was never acknowledged) and the journal goes on.
                Assert.Equal(JournalAppendResult.Appended, JournalTestData.Append(writer, 100, commands[99]));
                writer.Commit();
            }
            Assert.Equal(commands, JournalTestData.ReadAll(dir.Path).Select(r => r.Command));
            Assert.True(JournalVerifier.Verify(dir.Path).IsClean);
        }
    }

    [Fact]
    public void Open_LastRecordGarbledAtItsEnd_TreatedAsTornTail()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(22, 50), Options);
        var last = JournalTestData.ReadAll(dir.Path)[^1];
        JournalTestData.FlipByte(last.Segment, last.Offset + last.Length - 5);

        using var writer = JournalWriter.Open(dir.Path, Options);

        var warning = Assert.Single(writer.RecoveryWarnings);
        Assert.Equal(JournalProblemKind.ChecksumMismatch, warning.Problem.Kind);
        Assert.Equal(last.Offset, warning.Offset);
        Assert.Equal(50, writer.NextSequence);
    }

    [Fact]
    public void Open_ZeroFilledTail_IsTheEndOfTheRecordsAndAppendsOverwriteIt()
    {
        // What a file extended by the filesystem but never written looks like after a crash, and what a
        // preallocated segment looks like always: nothing was lost, so there is no warning.
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(23, 50), Options);
        var last = JournalTestData.ReadAll(dir.Path)[^1];
        using (var stream = new FileStream(last.Segment, FileMode.Append)) stream.Write(new byte[4096]);

        using (var writer = JournalWriter.Open(dir.Path, Options))
        {
            Assert.Empty(writer.RecoveryWarnings);
            Assert.Equal(51, writer.NextSequence);
            Assert.Equal(JournalAppendResult.Appended, writer.Append(51, new AdvanceTime(51)));
            writer.Commit();
        }

        var records = JournalTestData.ReadAll(dir.Path);
        Assert.Equal(Enumerable.Range(1, 51).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Equal(last.Offset + last.Length, records[^1].Offset);
    }

    [Fact]
    public void Open_NewSegmentWithHalfAHeader_RewritesItAndContinues()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(24, 50), Options);
        string fresh = dir.Combine(JournalSegmentLayout.FileName(51));
        var header = new byte[JournalSegmentLayout.HeaderLength];
        JournalSegmentLayout.WriteHeader(header, 51);
        File.WriteAllBytes(fresh, header[..10]);

        using (var writer = JournalWriter.Open(dir.Path, Options))
        {
            var warning = Assert.Single(writer.RecoveryWarnings);
            Assert.Equal(JournalProblemKind.BadSegmentHeader, warning.Problem.Kind);
            Assert.Equal(51, writer.NextSequence);
            writer.Append(51, new AdvanceTime(1_000_000));
            writer.Commit();
        }
        Assert.Equal(51, JournalTestData.ReadAll(dir.Path).Count);
        Assert.True(JournalVerifier.Verify(dir.Path).IsClean);
    }

    [Fact]
    public void Open_ByteFlippedInTheMiddle_RefusesNamingFileOffsetAndSequenceAndChangesNothing()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(25, 200), Options);
        var target = JournalTestData.ReadAll(dir.Path)[36]; // sequence 37, in an early segment
        JournalTestData.FlipByte(target.Segment, target.Offset + 20);
        var before = Snapshot(dir.Path);

        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, Options));

        Assert.Equal(JournalProblemKind.ChecksumMismatch, e.Problem.Kind);
        Assert.False(e.Problem.IsTornTail);
        Assert.Equal(target.Segment, e.SegmentPath);
        Assert.Equal(target.Offset, e.Offset);
        Assert.Equal(37, e.Sequence);
        Assert.Contains(target.Segment, e.Message);
        Assert.Contains($"offset {target.Offset}", e.Message);
        Assert.Contains("sequence 37", e.Message);
        Assert.Contains("TruncateAtCorruption", e.Message);
        Assert.Equal(before, Snapshot(dir.Path));

        var verification = JournalVerifier.Verify(dir.Path);
        Assert.True(verification.IsCorrupted);
        Assert.Equal((1L, 36L), (verification.FirstSequence, verification.LastSequence));
    }

    [Fact]
    public void Open_CorruptionWithRepair_TruncatesThereAndSetsTheRestAside()
    {
        using var dir = new TempDirectory();
        var commands = JournalTestData.RandomCommands(26, 200);
        JournalTestData.Write(dir.Path, commands, Options);
        var target = JournalTestData.ReadAll(dir.Path)[36];
        var segments = JournalTestData.Segments(dir.Path);
        int setAside = segments.Length - Array.IndexOf(segments, target.Segment);
        Assert.True(setAside >= 3);
        JournalTestData.FlipByte(target.Segment, target.Offset + 20);
        var warnings = new List<JournalWarning>();

        using (var writer = JournalWriter.Open(dir.Path, Options with { Repair = JournalRepair.TruncateAtCorruption, OnWarning = warnings.Add }))
        {
            var warning = Assert.Single(warnings);
            Assert.Equal(JournalWarningKind.CorruptionTruncated, warning.Kind);
            Assert.Equal(target.Segment, warning.SegmentPath);
            Assert.Equal(target.Offset, warning.Offset);
            Assert.Equal(36, warning.LastValidSequence);
            Assert.Equal(37, writer.NextSequence);
            for (int i = 36; i < commands.Count; i++) JournalTestData.Append(writer, i + 1, commands[i]);
            writer.Commit();
        }

        Assert.Equal(commands, JournalTestData.ReadAll(dir.Path).Select(r => r.Command));
        var discarded = Directory.GetFiles(dir.Path, "*.discarded");
        Assert.Equal(setAside, discarded.Length); // the cut tail of the damaged segment and every later segment
        Assert.Contains(discarded, f => f.EndsWith($".at-{target.Offset}.discarded", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_DamageInLastSegmentWithValidRecordsAfter_IsCorruptionNotATornTail()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(27, 100), Options);
        var records = JournalTestData.ReadAll(dir.Path);
        var target = records[^4];
        Assert.Equal(records[^1].Segment, target.Segment);
        JournalTestData.FlipByte(target.Segment, target.Offset + 2); // the length field: the reader loses the frame boundary

        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, Options));
        Assert.Equal(97, e.Sequence);
        Assert.Equal(target.Offset, e.Offset);
    }

    [Fact]
    public void Open_DamageAtTheEndOfAnEarlierSegment_IsCorruptionNotATornTail()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(28, 200), Options);
        var records = JournalTestData.ReadAll(dir.Path);
        string firstSegment = JournalTestData.Segments(dir.Path)[0];
        var lastOfFirst = records.Last(r => r.Segment == firstSegment);
        Truncate(firstSegment, new FileInfo(firstSegment).Length - 3);

        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, Options));
        Assert.Equal(JournalProblemKind.IncompleteRecord, e.Problem.Kind);
        Assert.Equal(lastOfFirst.Sequence, e.Sequence);
    }

    [Fact]
    public void Open_MissingSegment_RefusedAsAGap()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(29, 200), Options);
        var segments = JournalTestData.Segments(dir.Path);
        File.Delete(segments[2]);
        JournalSegmentLayout.TryParseFileName(Path.GetFileName(segments[2]), out long missingFrom);

        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, Options));

        Assert.Equal(JournalProblemKind.SequenceGap, e.Problem.Kind);
        Assert.Equal(segments[3], e.SegmentPath);
        Assert.Equal(missingFrom, e.Sequence);
    }

    [Fact]
    public void Open_RepeatedSequence_RefusedEvenAtTheTail()
    {
        // A valid checksum around a wrong sequence is a writer bug or a spliced file, never a torn write.
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine(JournalSegmentLayout.FileName(1)), JournalLayoutTests.HandBuiltSegment(1, [1, 2, 3, 3]));

        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, Options));

        Assert.Equal(JournalProblemKind.SequenceRepeated, e.Problem.Kind);
        Assert.Equal(4, e.Sequence);
        Assert.Equal(3, e.Problem.FoundSequence);
        Assert.Equal(24 + 3 * 28, e.Offset);
    }

    [Fact]
    public void Open_GapInsideASegment_Refused()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine(JournalSegmentLayout.FileName(1)), JournalLayoutTests.HandBuiltSegment(1, [1, 2, 4]));
        var e = Assert.Throws<JournalCorruptedException>(() => JournalWriter.Open(dir.Path, Options));
        Assert.Equal(JournalProblemKind.SequenceGap, e.Problem.Kind);
        Assert.Contains("jumps from 2 to 4", e.Message);
    }

    [Fact]
    public void Read_TornTail_StopsWithAWarningAndLeavesTheFile()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(30, 60), Options);
        var last = JournalTestData.ReadAll(dir.Path)[^1];
        Truncate(last.Segment, last.Offset + 10);
        var warnings = new List<JournalWarning>();

        int count = 0;
        using (var reader = new JournalReader(dir.Path, onWarning: warnings.Add))
        {
            while (reader.TryRead(out _)) count++;
        }

        Assert.Equal(59, count);
        var warning = Assert.Single(warnings);
        Assert.Equal(JournalWarningKind.TornTailIgnored, warning.Kind);
        Assert.Equal(last.Offset, warning.Offset);
        Assert.Equal(last.Offset + 10, new FileInfo(last.Segment).Length);
    }

    [Fact]
    public void Read_CorruptionInTheMiddle_ReturnsTheRecordsBeforeThenThrows()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(31, 100), Options);
        var target = JournalTestData.ReadAll(dir.Path)[49];
        JournalTestData.FlipByte(target.Segment, target.Offset + 30);

        using var reader = new JournalReader(dir.Path);
        int count = 0;
        var e = Assert.Throws<JournalCorruptedException>(() =>
        {
            while (reader.TryRead(out _)) count++;
        });
        Assert.Equal(49, count);
        Assert.Equal(50, e.Sequence);
    }

    private static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(length);
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f)!, f => Convert.ToHexString(File.ReadAllBytes(f)));
}
