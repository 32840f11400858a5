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
        var result = JournalReplayer.Replay(dir.Path, engine);

        Assert.Equal(commands.Count - 1, result.LastSequence);
        Assert.NotNull(result.Warning);
        Assert.Equal(last.Offset, result.Warning.Offset);
        Assert.Equal(direct.StateHash(), engine.StateHash());
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
