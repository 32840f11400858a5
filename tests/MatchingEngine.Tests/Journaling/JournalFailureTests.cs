using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// Write errors and a full disk, injected through the file seam: the writer fails with a clear status, refuses
/// appends with a result (never an exception), never reports durable what was not written and flushed, and the
/// journal it leaves behind recovers with every durable record.
/// </summary>
public sealed class JournalFailureTests
{
    [Fact]
    public void Commit_WriteFails_FailedStateAndNothingMoreDurable()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        var writer = JournalWriter.Open(dir.Path, new JournalWriterOptions { Durability = JournalDurability.Durable, FileSystem = disk });
        for (int i = 1; i <= 10; i++) writer.Append(i, new AdvanceTime(i));
        Assert.Equal(10, writer.Commit());

        disk.FailNextWriteAfterBytes = 0;
        for (int i = 11; i <= 15; i++) Assert.Equal(JournalAppendResult.Appended, writer.Append(i, new AdvanceTime(i)));
        Assert.Equal(10, writer.Commit());

        Assert.Equal(JournalWriterStatus.Failed, writer.Status);
        Assert.Contains("No space left on device", writer.FailureReason);
        Assert.Contains("offset", writer.FailureReason);
        Assert.Contains("last durable sequence 10", writer.FailureReason);
        Assert.IsType<IOException>(writer.Failure);
        Assert.Equal(JournalAppendResult.WriterFailed, writer.Append(16, new AdvanceTime(16)));
        Assert.Equal(10, writer.Commit());
        Assert.Equal(10, writer.DurableSequence);
        writer.Dispose();
        Assert.Equal(JournalWriterStatus.Failed, writer.Status); // a failed writer stays failed
        Assert.Equal(10, writer.DurableSequence);
        Assert.Equal(10, JournalTestData.ReadAll(dir.Path).Count);
    }

    [Fact]
    public void Commit_FlushFails_BatchNotDurableEvenThoughItWasWritten()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        using var writer = JournalWriter.Open(dir.Path, new JournalWriterOptions { Durability = JournalDurability.Durable, FileSystem = disk });
        for (int i = 1; i <= 10; i++) writer.Append(i, new AdvanceTime(i));
        Assert.Equal(10, writer.Commit());

        disk.FailFlushes = true;
        for (int i = 11; i <= 20; i++) writer.Append(i, new AdvanceTime(i));
        Assert.Equal(10, writer.Commit());

        Assert.Equal(JournalWriterStatus.Failed, writer.Status);
        Assert.Contains("flushing", writer.FailureReason);
        Assert.Contains("Input/output error", writer.FailureReason);
        Assert.Equal(JournalAppendResult.WriterFailed, writer.Append(21, new AdvanceTime(21)));
        Assert.Equal(10, writer.DurableSequence);
    }

    [Fact]
    public void Commit_ShortWriteThenDiskFull_ReopenTruncatesTheTornRecordAndKeepsEveryDurableOne()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        var options = new JournalWriterOptions { Durability = JournalDurability.Durable, FileSystem = disk };
        using (var writer = JournalWriter.Open(dir.Path, options))
        {
            for (int i = 1; i <= 10; i++) writer.Append(i, new AdvanceTime(i));
            Assert.Equal(10, writer.Commit());
            disk.FailNextWriteAfterBytes = 28 * 3 + 11; // three whole records and a piece of the fourth reach the file
            for (int i = 11; i <= 20; i++) writer.Append(i, new AdvanceTime(i));
            Assert.Equal(10, writer.Commit());
            Assert.Equal(JournalWriterStatus.Failed, writer.Status);
        }

        var warnings = new List<JournalWarning>();
        using (var reopened = JournalWriter.Open(dir.Path, options with { FileSystem = JournalFileSystem.Default, OnWarning = warnings.Add }))
        {
            // The three whole records were never acknowledged, but they are valid: they stay, and the sequencer
            // learns from NextSequence where to go on.
            Assert.Equal(14, reopened.NextSequence);
            var warning = Assert.Single(warnings);
            Assert.Equal(JournalWarningKind.TornTailTruncated, warning.Kind);
            Assert.Equal(11, warning.BytesDiscarded);
        }
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (object)new AdvanceTime(i)), JournalTestData.ReadAll(dir.Path).Select(r => r.Command));
    }

    [Fact]
    public void Append_SegmentCannotBeCreated_FailedStateWithThePath()
    {
        using var dir = new TempDirectory();
        var disk = new FaultyFileSystem();
        using var writer = JournalWriter.Open(dir.Path, new JournalWriterOptions { Durability = JournalDurability.Async, FileSystem = disk, SegmentSize = 1024 });
        long sequence = 1;
        for (; sequence <= 35; sequence++) Assert.Equal(JournalAppendResult.Appended, writer.Append(sequence, new AdvanceTime(sequence)));
        Assert.Equal(35, writer.Commit());

        disk.FailCreate = true;
        Assert.Equal(JournalAppendResult.WriterFailed, writer.Append(36, new AdvanceTime(36))); // would roll to segment 36

        Assert.Equal(JournalWriterStatus.Failed, writer.Status);
        Assert.Contains(JournalSegmentLayout.FileName(36), writer.FailureReason);
        Assert.Equal(35, writer.Commit());
    }

    [Fact]
    public void Open_DirectoryPathIsAFile_ThrowsAsAConfigurationError()
    {
        // A journal that cannot be opened at all is a start-up (configuration) error, not a writer state.
        using var dir = new TempDirectory();
        string notADirectory = dir.Combine("journal");
        File.WriteAllText(notADirectory, "not a directory");
        Assert.ThrowsAny<IOException>(() => JournalWriter.Open(notADirectory));
    }
}
