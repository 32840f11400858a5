using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

[Collection(HostCollection.Name)]
public sealed class EngineRecoveryTests
{
    /// <summary>A market with two snapshots taken along the way and orders after each: returns the final state hash.</summary>
    private static ulong Trade(string directory, EngineHostOptions options)
    {
        using var host = EngineHost.Start(options);
        Await(host.SubmitAsync(Open(1)));
        for (int round = 0; round < 3; round++)
        {
            for (int i = 1; i <= 10; i++)
                Await(host.SubmitAsync(Limit(1 + i % 3, round * 100 + i, (i + round) % 2 == 0 ? Side.Buy : Side.Sell, 97 + i % 7, 1 + i % 3)));
            if (round < 2) host.SnapshotAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        }
        host.Stop();
        return host.StateHash();
    }

    private static EngineHostOptions NoSnapshotOnStop(string directory) => Options(directory) with { SnapshotOnStop = false };

    [Fact]
    public void Start_NewestSnapshotDamaged_FallsBackToTheOlderOneWithALongerReplay()
    {
        using var temp = new TempDirectory();
        var options = NoSnapshotOnStop(temp.Path);
        ulong before = Trade(temp.Path, options);
        var snapshots = new SnapshotStore(options.SnapshotDirectory!).List();
        Assert.Equal(2, snapshots.Count);
        var bytes = File.ReadAllBytes(snapshots[0].Path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(snapshots[0].Path, bytes);

        using var host = EngineHost.Start(options);
        host.Stop();

        Assert.Equal(before, host.StateHash());
        Assert.Contains($"snapshot {Path.GetFileName(snapshots[1].Path)} (sequence {snapshots[1].Sequence})", host.RecoveryReport);
        Assert.Contains($"{snapshots[0].Path} (sequence {snapshots[0].Sequence}) skipped: snapshot checksum mismatch", host.RecoveryReport);
    }

    [Fact]
    public void Start_SnapshotsOfAnotherVersionOnly_ReplaysTheWholeJournalAndSaysWhy()
    {
        using var temp = new TempDirectory();
        var options = NoSnapshotOnStop(temp.Path);
        ulong before = Trade(temp.Path, options);
        foreach (var snapshot in new SnapshotStore(options.SnapshotDirectory!).List())
        {
            using var stream = new FileStream(snapshot.Path, FileMode.Open);
            stream.Position = 8;
            stream.Write(BitConverter.GetBytes(99));
        }

        using var host = EngineHost.Start(options);
        host.Stop();

        Assert.Equal(before, host.StateHash());
        Assert.Contains("no snapshot used, 35 journal records replayed", host.RecoveryReport); // 2 listings, the phase, 30 orders, 2 wake-ups for the snapshots
        Assert.Contains("snapshot format version 99 cannot be read by this build", host.RecoveryReport);
    }

    [Fact]
    public void Snapshot_ArchivesTheSegmentsNoKeptSnapshotNeeds_AndTheRestartScansOnlyTheRest()
    {
        using var temp = new TempDirectory();
        var options = Options(temp.Path) with { Journal = new JournalWriterOptions { SegmentSize = JournalWriterOptions.MinSegmentSize }, SnapshotsKept = 1 };
        ulong before = Trade(temp.Path, options);
        string journal = options.JournalDirectory!;
        var archived = Directory.GetFiles(Path.Combine(journal, JournalArchiver.ArchiveFolder));
        long snapshotSequence = new SnapshotStore(options.SnapshotDirectory!).List().Single().Sequence;

        Assert.NotEmpty(archived);
        long firstKept = JournalVerifier.Verify(journal).FirstSequence;
        Assert.True(firstKept > 1 && firstKept <= snapshotSequence + 1, $"journal starts at {firstKept}, snapshot at {snapshotSequence}");
        using (var host = EngineHost.Start(options))
        {
            host.Stop();
            Assert.Equal(before, host.StateHash());
            Assert.Contains($"(sequence {snapshotSequence})", host.RecoveryReport);
        }

        // The archive is the history: put back, the whole journal replays to the same market.
        foreach (var file in archived) File.Move(file, Path.Combine(journal, Path.GetFileName(file)));
        Assert.Equal(before, ReplayedHash(temp.Path));
    }

    [Fact]
    public void Start_NoUsableSnapshotAndTheJournalStartsLater_RefusesNamingTheGap()
    {
        using var temp = new TempDirectory();
        var options = NoSnapshotOnStop(temp.Path) with { Journal = new JournalWriterOptions { SegmentSize = JournalWriterOptions.MinSegmentSize } };
        Trade(temp.Path, options);
        var segments = JournalTestData.Segments(options.JournalDirectory!);
        Assert.True(segments.Length > 2);
        File.Delete(segments[0]); // archived, as after a snapshot
        foreach (var snapshot in new SnapshotStore(options.SnapshotDirectory!).List()) File.Delete(snapshot.Path);

        var error = Assert.Throws<RecoveryException>(() => EngineHost.Start(options));

        long first = JournalVerifier.Verify(options.JournalDirectory!).FirstSequence;
        Assert.Contains($"starts at sequence {first} and no usable snapshot covers the commands before it", error.Message);
    }

    [Fact]
    public void Start_TornTail_CutsItWithAWarningAndKeepsEveryCompleteRecord()
    {
        using var temp = new TempDirectory();
        var options = NoSnapshotOnStop(temp.Path);
        ulong before = Trade(temp.Path, options);
        var last = JournalTestData.Segments(options.JournalDirectory!)[^1];
        long length = new FileInfo(last).Length;
        using (var stream = new FileStream(last, FileMode.Append)) stream.Write([40, 0, 0, 0, 34, 0, 0]); // half a record header

        using var host = EngineHost.Start(options);
        host.Stop();

        Assert.Equal(before, host.StateHash());
        Assert.Contains($"{last}", host.RecoveryReport);
        Assert.Contains($"offset {length}", host.RecoveryReport);
    }

    [Fact]
    public void Start_CorruptionInsideTheJournal_RefusesUnlessRepairIsAsked()
    {
        using var temp = new TempDirectory();
        var options = NoSnapshotOnStop(temp.Path);
        Trade(temp.Path, options);
        foreach (var snapshot in new SnapshotStore(options.SnapshotDirectory!).List()) File.Delete(snapshot.Path);
        var record = JournalTestData.ReadAll(options.JournalDirectory!)[10];
        var bytes = File.ReadAllBytes(record.Segment);
        bytes[record.Offset + record.Length - 6] ^= 0x55;
        File.WriteAllBytes(record.Segment, bytes);

        var error = Assert.Throws<JournalCorruptedException>(() => EngineHost.Start(options));
        Assert.Contains($"sequence {record.Sequence}", error.Message);

        using var host = EngineHost.Start(options with { Journal = new JournalWriterOptions { Repair = JournalRepair.TruncateAtCorruption } });
        var next = Await(host.SubmitAsync(Open(2)));
        host.Stop();
        Assert.Equal(record.Sequence, next.Sequence);
        Assert.Equal(ReplayedHash(temp.Path), host.StateHash());
    }
}
