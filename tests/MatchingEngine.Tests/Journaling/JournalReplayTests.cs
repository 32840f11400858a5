using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// Replay determinism through the journal: listings and random commands journaled, replayed into a fresh engine,
/// give the events and the state hash of the engine that ran them directly.
/// </summary>
public sealed class JournalReplayTests
{
    private static readonly EngineOptions EngineOptions = new() { Seed = 17 };

    /// <summary>The oracle's instruments plus a periodic-auction and a frequent-batch instrument with schedules.</summary>
    private static IReadOnlyList<InstrumentSpec> Instruments { get; } =
    [
        OracleInstruments.First,
        OracleInstruments.Second,
        new InstrumentSpec
        {
            Id = 3, Symbol = "PER", ReferencePrice = 100, PriceScale = 0, TickTable = TickSizeTable.Uniform(1),
            TradingModel = TradingModelKind.PeriodicAuctions,
            Schedule = new TradingSchedule { OpenCallStart = 100, UncrossTimes = [2_000, 5_000], ClosingAuction = 9_000, DayEnd = 9_500 },
        },
        new InstrumentSpec
        {
            Id = 4, Symbol = "FBA", ReferencePrice = 100, PriceScale = 0, LiquidityBand = 2,
            TradingModel = TradingModelKind.FrequentBatchAuctions,
            Schedule = new TradingSchedule { OpenCallStart = 100, BatchInterval = 700, ClosingAuction = 9_000, DayEnd = 9_500 },
        },
    ];

    [Theory]
    [InlineData(1UL, JournalDurability.Durable)]
    [InlineData(2UL, JournalDurability.Async)]
    [InlineData(3UL, JournalDurability.None)]
    public void Replay_RandomCommands_SameEventsAndStateHashAsDirectRun(ulong seed, JournalDurability durability)
    {
        using var dir = new TempDirectory();
        var commands = Instruments.Select(s => (object)new ListInstrument(0, s)).Concat(JournalTestData.RandomCommands(seed, 400)).ToList();
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = durability, SegmentSize = 4096 }, batch: 32);

        var (directEvents, direct) = RunDirectly(commands);
        var replayLog = new EventLog();
        var replayed = new MatchingEngine<EventLog>(EngineOptions, replayLog);
        var result = JournalReplayer.Replay(dir.Path, replayed);

        Assert.Equal(commands.Count, result.Count);
        Assert.Equal(commands.Count, result.LastSequence);
        Assert.Null(result.Warning);
        Assert.True(directEvents.Count > commands.Count, $"seed {seed}: the stream should produce events");
        Assert.Equal(directEvents, replayLog.Events);
        Assert.Equal(direct.StateHash(), replayed.StateHash());
        Assert.Equal(Instruments.Select(s => s.Symbol), replayed.Instruments.Select(s => s.Symbol));
    }

    [Fact]
    public void Replay_InTwoParts_SameStateHashAsOne()
    {
        // Recovery's shape: an engine brought to sequence k (as a snapshot would), then the journal from k + 1.
        using var dir = new TempDirectory();
        var commands = Instruments.Select(s => (object)new ListInstrument(0, s)).Concat(JournalTestData.RandomCommands(9, 500)).ToList();
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = JournalDurability.Async, SegmentSize = 4096 });
        var (_, direct) = RunDirectly(commands);

        var engine = new MatchingEngine<EventLog>(EngineOptions, new EventLog());
        foreach (var command in commands.Take(230)) Apply(engine, command);
        var result = JournalReplayer.Replay(dir.Path, engine, fromSequence: 231);

        Assert.Equal(commands.Count - 230, result.Count);
        Assert.Equal(direct.StateHash(), engine.StateHash());
    }

    [Fact]
    public void Replay_TornTail_StopsBeforeItAndReportsIt()
    {
        using var dir = new TempDirectory();
        var commands = Instruments.Select(s => (object)new ListInstrument(0, s)).Concat(JournalTestData.RandomCommands(10, 100)).ToList();
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = JournalDurability.Async });
        var last = JournalTestData.ReadAll(dir.Path)[^1];
        using (var stream = new FileStream(last.Segment, FileMode.Open)) stream.SetLength(last.Offset + 7);
        var (_, direct) = RunDirectly(commands[..^1]);

        var engine = new MatchingEngine<EventLog>(EngineOptions, new EventLog());
        var reported = new List<(JournalWarning Warning, string StateHash)>();
        var result = JournalReplayer.Replay(dir.Path, engine, onWarning: w => reported.Add((w, engine.StateHash().ToString())));

        Assert.Equal(commands.Count - 1, result.LastSequence);
        Assert.NotNull(result.Warning);
        Assert.Equal(last.Offset, result.Warning.Offset);
        Assert.Equal(direct.StateHash(), engine.StateHash());
        // Reported once, after every record before the tail was applied.
        var (warning, hashWhenReported) = Assert.Single(reported);
        Assert.Same(result.Warning, warning);
        Assert.Equal(direct.StateHash().ToString(), hashWhenReported);
    }

    // The replay reads ahead on a second thread in batches of about 2,000 commands through a ring of eight
    // (JournalReadAhead): these journals take dozens of batches, so the ring laps several times.
    private const int ManyBatchesOfCommands = 40_000;

    [Fact]
    public void Replay_JournalOfManyReadAheadBatches_SameEventsAndStateHashAsDirectRun()
    {
        using var dir = new TempDirectory();
        var commands = Instruments.Select(s => (object)new ListInstrument(0, s)).Concat(JournalTestData.RandomCommands(21, ManyBatchesOfCommands)).ToList();
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = JournalDurability.None, SegmentSize = 1 << 20 }, batch: 500);
        Assert.True(JournalTestData.Segments(dir.Path).Length > 1, "the journal should span segments");
        var (directEvents, direct) = RunDirectly(commands);

        var replayLog = new EventLog();
        var replayed = new MatchingEngine<EventLog>(EngineOptions, replayLog);
        var result = JournalReplayer.Replay(dir.Path, replayed, onWarning: w => Assert.Fail("no warning expected: " + w));

        Assert.Equal(commands.Count, result.Count);
        Assert.Equal(commands.Count, result.LastSequence);
        Assert.Null(result.Warning);
        Assert.Equal(directEvents, replayLog.Events);
        Assert.Equal(direct.StateHash(), replayed.StateHash());
    }

    [Fact]
    public void Replay_CorruptionManyBatchesIn_AppliesEveryRecordBeforeItThenThrowsNamingIt()
    {
        using var dir = new TempDirectory();
        var commands = Instruments.Select(s => (object)new ListInstrument(0, s)).Concat(JournalTestData.RandomCommands(22, ManyBatchesOfCommands)).ToList();
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = JournalDurability.None, SegmentSize = 1 << 20 }, batch: 500);
        var target = JournalTestData.ReadAll(dir.Path)[30_000]; // sequence 30,001, valid records after it: corruption, not a torn tail
        JournalTestData.FlipByte(target.Segment, target.Offset + 20);
        var (_, direct) = RunDirectly(commands[..30_000]);

        var engine = new MatchingEngine<EventLog>(EngineOptions, new EventLog());
        var e = Assert.Throws<JournalCorruptedException>(() => JournalReplayer.Replay(dir.Path, engine));

        Assert.Equal(JournalProblemKind.ChecksumMismatch, e.Problem.Kind);
        Assert.Equal(target.Segment, e.SegmentPath);
        Assert.Equal(target.Offset, e.Offset);
        Assert.Equal(30_001, e.Sequence);
        Assert.Equal(direct.StateHash(), engine.StateHash());
    }

    [Fact]
    public void Replay_EngineRefusesARecord_StopsReadingAndThrowsTheEnginesError()
    {
        // A listing the engine refuses (the same instrument twice) should never be journaled; if it is, replay
        // fails there. The reading thread, batches ahead by then, must stop rather than wait for a reader.
        using var dir = new TempDirectory();
        var commands = Instruments.Select(s => (object)new ListInstrument(0, s)).Concat(JournalTestData.RandomCommands(23, 5_000)).ToList();
        commands.Add(new ListInstrument(0, Instruments[0]));
        commands.AddRange(JournalTestData.RandomCommands(24, ManyBatchesOfCommands));
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = JournalDurability.None, SegmentSize = 1 << 20 }, batch: 500);

        var engine = new MatchingEngine<EventLog>(EngineOptions, new EventLog());
        var e = Assert.Throws<ArgumentException>(() => JournalReplayer.Replay(dir.Path, engine));

        Assert.Contains("already listed", e.Message);
        // Replay returned, so the reading thread stopped (Replay waits for it); and it left the journal whole.
        using var writer = JournalWriter.Open(dir.Path, new JournalWriterOptions { Durability = JournalDurability.None });
        Assert.Equal(commands.Count, writer.LastAppendedSequence);
    }

    private static (List<object> Events, MatchingEngine<EventLog> Engine) RunDirectly(IReadOnlyList<object> commands)
    {
        var log = new EventLog();
        var engine = new MatchingEngine<EventLog>(EngineOptions, log);
        foreach (var command in commands) Apply(engine, command);
        return (log.Events, engine);
    }

    private static void Apply(MatchingEngine<EventLog> engine, object command)
    {
        if (command is ListInstrument listing) engine.AddInstrument(listing.Spec, listing.Time);
        else CommandDispatch.Apply(engine, command);
    }
}
