using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>Appending, segments, durability modes and reading back.</summary>
public sealed class JournalWriterTests
{
    private static readonly JournalWriterOptions SmallSegments = new() { Durability = JournalDurability.Async, SegmentSize = 2048 };

    [Fact]
    public void Append_ManyRecordsAcrossSegments_ReadBackEqualAndInOrder()
    {
        using var dir = new TempDirectory();
        var commands = JournalTestData.RandomCommands(3, 600);

        JournalTestData.Write(dir.Path, commands, SmallSegments, batch: 17);

        var segments = JournalTestData.Segments(dir.Path);
        Assert.True(segments.Length >= 10, $"expected many segments, got {segments.Length}");
        Assert.All(segments, s => Assert.True(new FileInfo(s).Length <= SmallSegments.SegmentSize, $"{s} is over the segment size"));
        var records = JournalTestData.ReadAll(dir.Path);
        Assert.Equal(Enumerable.Range(1, commands.Count).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Equal(commands, records.Select(r => r.Command));
        // Each segment's name is the sequence of its first record.
        foreach (var group in records.GroupBy(r => r.Segment))
        {
            Assert.True(JournalSegmentLayout.TryParseFileName(Path.GetFileName(group.Key), out long first));
            Assert.Equal(first, group.First().Sequence);
        }
    }

    [Fact]
    public void Open_ExistingJournal_ContinuesTheSequence()
    {
        using var dir = new TempDirectory();
        var commands = JournalTestData.RandomCommands(4, 300);
        JournalTestData.Write(dir.Path, commands[..120], SmallSegments);

        using (var writer = JournalWriter.Open(dir.Path, SmallSegments))
        {
            Assert.Empty(writer.RecoveryWarnings);
            Assert.Equal(121, writer.NextSequence);
            Assert.Equal(120, writer.DurableSequence);
            Assert.Equal(JournalAppendResult.SequenceOutOfOrder, JournalTestData.Append(writer, 120, commands[120]));
            Assert.Equal(JournalAppendResult.SequenceOutOfOrder, JournalTestData.Append(writer, 122, commands[120]));
            for (int i = 120; i < commands.Count; i++) Assert.Equal(JournalAppendResult.Appended, JournalTestData.Append(writer, i + 1, commands[i]));
            Assert.Equal(300, writer.Commit());
        }

        Assert.Equal(commands, JournalTestData.ReadAll(dir.Path).Select(r => r.Command));
    }

    [Fact]
    public void Open_EmptyDirectoryWithFirstSequence_StartsThere()
    {
        using var dir = new TempDirectory();
        var options = SmallSegments with { FirstSequence = 1001 };
        using (var writer = JournalWriter.Open(dir.Path, options))
        {
            Assert.Equal(1000, writer.DurableSequence);
            Assert.Equal(JournalAppendResult.SequenceOutOfOrder, writer.Append(1, new AdvanceTime(1)));
            Assert.Equal(JournalAppendResult.Appended, writer.Append(1001, new AdvanceTime(5)));
            Assert.Equal(1001, writer.Commit());
        }
        Assert.Equal([JournalSegmentLayout.FileName(1001)], JournalTestData.Segments(dir.Path).Select(Path.GetFileName));
        Assert.Equal(1001, Assert.Single(JournalTestData.ReadAll(dir.Path)).Sequence);
    }

    [Fact]
    public void Read_FromSequence_StartsInTheRightSegmentAndSkipsEarlierRecords()
    {
        using var dir = new TempDirectory();
        var commands = JournalTestData.RandomCommands(5, 500);
        JournalTestData.Write(dir.Path, commands, SmallSegments);

        foreach (long from in new long[] { 1, 2, 57, 250, 499, 500 })
        {
            var records = JournalTestData.ReadAll(dir.Path, from);
            Assert.Equal(from, records[0].Sequence);
            Assert.Equal(commands[((int)from - 1)..], records.Select(r => r.Command));
        }
        Assert.Empty(JournalTestData.ReadAll(dir.Path, 501));
    }

    [Fact]
    public void Read_FromSequenceBeforeTheJournalStarts_Throws()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(5, 20), SmallSegments with { FirstSequence = 100 });
        var e = Assert.Throws<JournalCorruptedException>(() => JournalTestData.ReadAll(dir.Path, 50));
        Assert.Equal(JournalProblemKind.MissingStart, e.Problem.Kind);
        Assert.Contains("starts at 100", e.Message);
    }

    [Fact]
    public void Commit_Durable_OneFlushPerBatchAndNoneForAnEmptyBatch()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        var options = new JournalWriterOptions { Durability = JournalDurability.Durable, FileSystem = disk };
        using var writer = JournalWriter.Open(dir.Path, options);
        long sequence = 1;
        for (int batch = 1; batch <= 20; batch++)
        {
            for (int i = 0; i < batch; i++) writer.Append(sequence++, new AdvanceTime(sequence));
            Assert.Equal(sequence - 1 - batch, writer.DurableSequence); // not durable before the commit
            Assert.Equal(sequence - 1, writer.Commit());
            Assert.Equal(batch, disk.Flushes);
            Assert.Equal(batch, disk.Writes);
        }
        Assert.Equal(sequence - 1, writer.Commit());
        Assert.Equal(20, disk.Flushes); // nothing new: no write, no flush
        Assert.Equal(20, disk.Writes);
    }

    [Fact]
    public void Commit_Async_OneWritePerBatchAndNoFlush()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        using (var writer = JournalWriter.Open(dir.Path, new JournalWriterOptions { Durability = JournalDurability.Async, FileSystem = disk }))
        {
            for (int batch = 1; batch <= 10; batch++)
            {
                for (int i = 0; i < 5; i++) writer.Append(writer.NextSequence, new AdvanceTime(i));
                Assert.Equal(5 * batch, writer.Commit());
            }
            Assert.Equal(10, disk.Writes);
            Assert.Equal(0, disk.Flushes);
        }
        Assert.Equal(1, disk.Flushes); // a clean close flushes once
    }

    [Fact]
    public void Commit_None_NoIoUntilTheBufferFillsOrDispose()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        var options = new JournalWriterOptions { Durability = JournalDurability.None, FileSystem = disk, BufferSize = 128 * 1024 };
        using (var writer = JournalWriter.Open(dir.Path, options))
        {
            for (int i = 1; i <= 1000; i++)
            {
                writer.Append(i, new AdvanceTime(i));
                Assert.Equal(i, writer.Commit()); // every appended record counts at once
            }
            Assert.Equal(0, disk.Writes); // 28 KB of records: still in the buffer
            for (int i = 1001; i <= 10_000; i++) writer.Append(i, new AdvanceTime(i));
            Assert.True(disk.Writes > 0, "a full buffer is written out");
        }
        Assert.Equal(0, disk.Flushes);
        Assert.Equal(10_000, JournalTestData.ReadAll(dir.Path).Count);
    }

    [Fact]
    public void Commit_DurableAcrossSegments_FlushesEachFullSegmentBeforeClosingIt()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        var options = new JournalWriterOptions { Durability = JournalDurability.Durable, FileSystem = disk, SegmentSize = 1024 };
        using (var writer = JournalWriter.Open(dir.Path, options))
        {
            // One batch over about 3.6 segments: three rolls (each flushes the full segment) and the commit.
            for (int i = 1; i <= 120; i++) writer.Append(i, new AdvanceTime(i));
            Assert.Equal(120, writer.Commit());
        }
        int segments = JournalTestData.Segments(dir.Path).Length;
        Assert.Equal(4, segments);
        Assert.Equal(segments - 1 + 1 + 1, disk.Flushes); // rolls, the commit, the close
        Assert.Equal(segments, disk.DirectoryFlushes); // each segment's creation
        Assert.Equal(120, JournalTestData.ReadAll(dir.Path).Count);
    }

    [Fact]
    public void Append_ListingTooLarge_RefusedAndNothingWritten()
    {
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(0, 5_000).Select(i => new TickSizeRow(i * 10L, 1)).ToArray();
        var spec = new InstrumentSpec { Id = 1, Symbol = "BIG", ReferencePrice = 100, TickTable = new TickSizeTable(rows) };
        using var writer = JournalWriter.Open(dir.Path, SmallSegments);
        Assert.Equal(JournalAppendResult.RecordTooLarge, writer.Append(1, new ListInstrument(0, spec)));
        Assert.Equal(1, writer.NextSequence);
        Assert.Equal(JournalAppendResult.Appended, writer.Append(1, new ListInstrument(0, spec with { TickTable = TickSizeTable.Uniform(1) })));
    }

    [Fact]
    public void Append_SteadyState_AllocatesNothing()
    {
        using var dir = new TempDirectory();
        var options = new JournalWriterOptions { Durability = JournalDurability.Async, SegmentSize = 1L << 30 };
        using var writer = JournalWriter.Open(dir.Path, options);
        var order = new PlaceOrder(1, 1, 2, 3, Side.Buy, OrderType.Limit, TimeInForce.Day, 100, 5) { ExpireTime = 9 };
        var cancel = new CancelOrder(1, 1, 2, 3);
        void Run(int batches)
        {
            for (int b = 0; b < batches; b++)
            {
                for (int i = 0; i < 50; i++)
                {
                    writer.Append(writer.NextSequence, in order);
                    writer.Append(writer.NextSequence, in cancel);
                }
                writer.Commit();
            }
        }
        Run(50); // warm up: JIT, tiering
        // Three measured rounds of 20,000 records: an allocation per record or per commit shows in every round;
        // a one-off in the runtime (a method tiering up under a loaded test run) may show in one, not all.
        var rounds = new long[3];
        for (int round = 0; round < rounds.Length; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Run(200);
            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.True(rounds.Min() == 0, $"bytes allocated per round of 20,000 appends: {string.Join(", ", rounds)}");
        Assert.Equal(JournalWriterStatus.Writing, writer.Status);
    }

    [Fact]
    public void Dispose_ThenAppend_WriterClosed()
    {
        using var dir = new TempDirectory();
        var writer = JournalWriter.Open(dir.Path, SmallSegments);
        writer.Append(1, new AdvanceTime(1));
        writer.Dispose();
        Assert.Equal(JournalWriterStatus.Closed, writer.Status);
        Assert.Equal(1, writer.DurableSequence);
        Assert.Equal(JournalAppendResult.WriterClosed, writer.Append(2, new AdvanceTime(2)));
        Assert.Equal("the journal writer is closed", JournalAppendResult.WriterClosed.Describe());
    }

    [Fact]
    public void Read_WhileTheWriterHasTheSegmentOpen_SeesCommittedRecords()
    {
        using var dir = new TempDirectory();
        using var writer = JournalWriter.Open(dir.Path, SmallSegments);
        for (int i = 1; i <= 30; i++) writer.Append(i, new AdvanceTime(i));
        writer.Commit();

        Assert.Equal(30, JournalTestData.ReadAll(dir.Path).Count);
        var verification = JournalVerifier.Verify(dir.Path);
        Assert.True(verification.IsClean);
        Assert.Equal((1L, 30L, 30L, 31L), (verification.FirstSequence, verification.LastSequence, verification.RecordCount, verification.NextSequence));
        Assert.Equal("records 1..30 (30) in 1 segment(s), clean", verification.ToString());
    }
}
