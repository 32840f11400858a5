using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Engine;

/// <summary>
/// Replay determinism: the same command stream into two fresh engines gives the same events, one by one, and the
/// same state hash, which is what recovery from a journal relies on. Includes instruments the reference book does
/// not model (schedules, periodic and batch auctions), driven by the same random stream plus time advances.
/// </summary>
public sealed class ReplayTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void SameCommands_TwoEngines_SameEventsAndHash(ulong seed)
    {
        var commands = Commands(seed, 4_000);
        var (firstEvents, firstHash) = Run(commands, seed);
        var (secondEvents, secondHash) = Run(commands, seed);

        Assert.True(firstEvents.Count > commands.Count, $"seed {seed}: the stream should produce events");
        for (int i = 0; i < Math.Min(firstEvents.Count, secondEvents.Count); i++)
            Assert.True(firstEvents[i].Equals(secondEvents[i]), $"seed {seed}: event {i} differs: {firstEvents[i]} vs {secondEvents[i]}");
        Assert.Equal(firstEvents.Count, secondEvents.Count);
        Assert.Equal(firstHash, secondHash);
    }

    [Fact]
    public void DifferentEngineSeed_SameCommands_VolatilityAuctionEndsDiffer()
    {
        // The engine's seed is part of its identity: the random extension of volatility auctions depends on it.
        var commands = Commands(5, 4_000);
        var (_, firstHash) = Run(commands, 5);
        var (_, secondHash) = Run(commands, 6);
        Assert.NotEqual(firstHash, secondHash);
    }

    /// <summary>The oracle's random stream on instruments 1 and 2, with time advances that cross the schedules of 3 and 4.</summary>
    private static List<object> Commands(ulong seed, int count)
    {
        var stream = new RandomCommandStream(seed, 2);
        var commands = new List<object>();
        long lastTime = 0;
        foreach (var command in stream.Take(count))
        {
            commands.Add(command);
            long time = CommandTime.Of(command);
            if (time > lastTime && commands.Count % 50 == 0)
                commands.Add(new AdvanceTime(time)); // lets scheduled instruments 3 and 4 move through their day
            lastTime = Math.Max(lastTime, time);
        }
        return commands;
    }

    private static (List<object> Events, ulong Hash) Run(List<object> commands, ulong engineSeed)
    {
        var log = new EventLog();
        var engine = new MatchingEngine<EventLog>(new EngineOptions { Seed = engineSeed }, log);
        engine.AddInstrument(OracleInstruments.First);
        engine.AddInstrument(OracleInstruments.Second);
        engine.AddInstrument(new InstrumentSpec
        {
            Id = 3, Symbol = "PER", ReferencePrice = 100, PriceScale = 0, TickTable = TickSizeTable.Uniform(1),
            TradingModel = TradingModelKind.PeriodicAuctions,
            Schedule = new TradingSchedule { OpenCallStart = 100, UncrossTimes = [2_000, 5_000], ClosingAuction = 9_000, DayEnd = 9_500 },
        });
        engine.AddInstrument(new InstrumentSpec
        {
            Id = 4, Symbol = "FBA", ReferencePrice = 100, PriceScale = 0, TickTable = TickSizeTable.Uniform(1),
            TradingModel = TradingModelKind.FrequentBatchAuctions,
            Schedule = new TradingSchedule { OpenCallStart = 100, BatchInterval = 700, ClosingAuction = 9_000, DayEnd = 9_500 },
        });
        foreach (var command in commands)
        {
            CommandDispatch.Apply(engine, Redirected(command));
            engine.ValidateInternalState();
        }
        return (log.Events, engine.StateHash());
    }

    /// <summary>Sends every third order of instrument 2 to instrument 3 or 4, so the call models see real flow.</summary>
    private static object Redirected(object command) => command switch
    {
        PlaceOrder p when p.Instrument == 2 && p.ClientOrderId % 3 == 0 => p with { Instrument = p.ClientOrderId % 2 == 0 ? 3 : 4 },
        CancelOrder c when c.Instrument == 2 && c.ClientOrderId % 3 == 0 => c with { Instrument = c.ClientOrderId % 2 == 0 ? 3 : 4 },
        AmendOrder a when a.Instrument == 2 && a.ClientOrderId % 3 == 0 => a with { Instrument = a.ClientOrderId % 2 == 0 ? 3 : 4 },
        _ => command,
    };
}
