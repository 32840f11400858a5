using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Snapshots;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Snapshots;

/// <summary>
/// A snapshot holds the whole engine: restored into a new engine it has the same state hash, and fed the rest of the
/// command stream it emits exactly the events the original emits. Damaged snapshots are refused with a reason.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData(1UL, 500)]
    [InlineData(2UL, 1_500)]
    [InlineData(3UL, 2_900)]
    public void Restore_MidStream_SameHashAndSameEventsAfterwards(ulong seed, int snapshotAt)
    {
        var commands = new RandomCommandStream(seed, 2).Take(3_000).ToList();
        var originalLog = new EventLog();
        var original = NewEngine(originalLog, seed);
        foreach (var command in commands.Take(snapshotAt)) CommandDispatch.Apply(original, command);

        using var snapshot = new MemoryStream();
        original.WriteSnapshot(snapshot, journalSequence: snapshotAt);
        snapshot.Position = 0;
        var restoredLog = new EventLog();
        var restored = MatchingEngine<EventLog>.ReadSnapshot(snapshot, restoredLog, out long sequence);

        Assert.Equal(snapshotAt, sequence);
        Assert.Equal(original.StateHash(), restored.StateHash());
        originalLog.Clear();
        for (int i = snapshotAt; i < commands.Count; i++)
        {
            CommandDispatch.Apply(original, commands[i]);
            CommandDispatch.Apply(restored, commands[i]);
            restored.ValidateInternalState();
            Assert.True(originalLog.Events.SequenceEqual(restoredLog.Events),
                $"seed {seed}: command {i} ({commands[i]}) gave different events after the restore");
            originalLog.Clear();
            restoredLog.Clear();
        }
        Assert.Equal(original.StateHash(), restored.StateHash());
    }

    [Fact]
    public void Read_Version2Snapshot_StillLoads_WithTheSameState()
    {
        var bytes = SnapshotOf(seed: 6);
        var current = Read(bytes);
        // A version 2 body is the version 3 body without the open-order count (4 bytes after the 18 bytes of
        // options: seed 8, capacity 4, participants 4, market data 1, accounts 1).
        const int header = 24, countAt = header + 18;
        var body = bytes.AsSpan(header, bytes.Length - header - 4).ToArray().ToList();
        body.RemoveRange(countAt - header, 4);
        var v2 = new List<byte>(bytes.AsSpan(0, header).ToArray());
        v2.AddRange(body);
        v2.AddRange(BitConverter.GetBytes(SocialExchange.Matching.Journaling.Crc32C.Compute(body.ToArray())));
        var file = v2.ToArray();
        BitConverter.TryWriteBytes(file.AsSpan(8, 4), 2);
        BitConverter.TryWriteBytes(file.AsSpan(20, 4), body.Count);

        Assert.Equal(current.StateHash(), Read(file).StateHash());
    }

    [Fact]
    public void Read_BodyOfSeveralWindows_SameStateFromAFileAndFromAStreamThatCannotSeek()
    {
        // A file is read in two passes through a window (checksum, then fields); a forward-only stream whole.
        var engine = NewEngine(new EventLog(), seed: 8);
        CommandDispatch.Apply(engine, new SetPhase(0, 1, TradingPhase.Continuous));
        for (int i = 0; i < 60_000; i++)
        {
            // Bids at 90-99, offers at 101-110: nothing crosses, every order rests.
            bool buy = i % 2 == 0;
            CommandDispatch.Apply(engine, new PlaceOrder(1, 1, 1 + i % 40, i + 1, buy ? Side.Buy : Side.Sell, OrderType.Limit,
                TimeInForce.Day, buy ? 99 - i % 10 : 101 + i % 10, 1 + i % 7));
        }
        using var file = new Journaling.TempDirectory();
        string path = file.Combine("engine.snapshot");
        using (var output = File.Create(path)) engine.WriteSnapshot(output, 60_001);
        Assert.True(new FileInfo(path).Length > 3 * SnapshotBodyReader.WindowSize, $"the snapshot is only {new FileInfo(path).Length} bytes");

        using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            Assert.Equal(engine.StateHash(), MatchingEngine<EventLog>.ReadSnapshot(input, new EventLog(), out _).StateHash());
        using (var input = new ForwardOnlyStream(File.OpenRead(path)))
            Assert.Equal(engine.StateHash(), MatchingEngine<EventLog>.ReadSnapshot(input, new EventLog(), out _).StateHash());
    }

    [Fact]
    public void Write_ToAFileAndToAStreamThatCannotSeek_SameBytes()
    {
        // A seekable stream gets the body streamed and its length filled in afterwards; others get it built whole.
        var engine = NewEngine(new EventLog(), seed: 9);
        foreach (var command in new RandomCommandStream(9, 2).Take(2_000)) CommandDispatch.Apply(engine, command);
        using var seekable = new MemoryStream();
        seekable.Write([1, 2, 3]); // not at the start of the stream
        engine.WriteSnapshot(seekable, 2_000);
        using var forwardOnly = new MemoryStream();
        engine.WriteSnapshot(new ForwardOnlyStream(forwardOnly), 2_000);

        Assert.Equal(forwardOnly.ToArray(), seekable.ToArray()[3..]);
        Assert.Equal(seekable.Length, seekable.Position);
        Assert.Equal(engine.StateHash(), Read(forwardOnly.ToArray()).StateHash());
    }

    [Fact]
    public void Read_FlippedByte_IsRefusedAsDamaged()
    {
        var bytes = SnapshotOf(seed: 4);
        bytes[bytes.Length / 2] ^= 0x40;
        var error = Assert.Throws<SnapshotFormatException>(() => Read(bytes));
        Assert.Contains("checksum mismatch", error.Message);
    }

    [Fact]
    public void Read_OtherVersion_IsRefusedNamingBothVersions()
    {
        var bytes = SnapshotOf(seed: 5);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 4), 99);
        var error = Assert.Throws<SnapshotFormatException>(() => Read(bytes));
        Assert.Contains("version 99", error.Message);
        Assert.Contains($"versions {MatchingEngine<EventLog>.OldestReadableSnapshotVersion} to {MatchingEngine<EventLog>.SnapshotFormatVersion}", error.Message);
    }

    [Fact]
    public void Read_Truncated_IsRefused()
    {
        var bytes = SnapshotOf(seed: 6);
        var error = Assert.Throws<SnapshotFormatException>(() => Read(bytes[..(bytes.Length - 10)]));
        Assert.Contains("truncated", error.Message);
        var forwardOnly = Assert.Throws<SnapshotFormatException>(() =>
            MatchingEngine<EventLog>.ReadSnapshot(new ForwardOnlyStream(new MemoryStream(bytes[..(bytes.Length - 10)])), new EventLog(), out _));
        Assert.Contains("truncated", forwardOnly.Message);
    }

    [Fact]
    public void Read_NotASnapshot_IsRefused()
    {
        var error = Assert.Throws<SnapshotFormatException>(() => Read("certainly not a snapshot"u8.ToArray()));
        Assert.Contains("magic", error.Message);
    }

    private static MatchingEngine<EventLog> NewEngine(EventLog log, ulong seed)
    {
        var engine = new MatchingEngine<EventLog>(new EngineOptions { Seed = seed }, log);
        foreach (var spec in OracleInstruments.Take(2)) engine.AddInstrument(spec);
        return engine;
    }

    private static byte[] SnapshotOf(ulong seed)
    {
        var engine = NewEngine(new EventLog(), seed);
        foreach (var command in new RandomCommandStream(seed, 2).Take(1_000)) CommandDispatch.Apply(engine, command);
        using var stream = new MemoryStream();
        engine.WriteSnapshot(stream, 1_000);
        return stream.ToArray();
    }

    private static MatchingEngine<EventLog> Read(byte[] bytes) =>
        MatchingEngine<EventLog>.ReadSnapshot(new MemoryStream(bytes), new EventLog(), out _);
}
