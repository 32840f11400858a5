using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Tests.Oracle;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>Options and commands the host tests share.</summary>
public static class HostTestSupport
{
    public static EngineHostOptions Options(string directory, JournalDurability durability = JournalDurability.Durable, params IOutboundSink[] sinks) => new()
    {
        JournalDirectory = Path.Combine(directory, "journal"),
        SnapshotDirectory = Path.Combine(directory, "snapshots"),
        Journal = new JournalWriterOptions { Durability = durability },
        Instruments = OracleInstruments.Take(2),
        Clock = new VirtualClock(1_000),
        TimeAdvanceInterval = null,
        Sinks = sinks,
    };

    public static EngineCommand Open(int instrument) => EngineCommand.From(new SetPhase(0, instrument, TradingPhase.Continuous));

    public static EngineCommand Limit(int participant, long clientOrderId, Side side, long price, long quantity, int instrument = 1) =>
        EngineCommand.From(new PlaceOrder(0, instrument, participant, clientOrderId, side, OrderType.Limit, TimeInForce.Day, price, quantity));

    /// <summary>A command of the oracle's random stream as a ring slot.</summary>
    public static EngineCommand ToEngineCommand(object command) => command switch
    {
        PlaceOrder c => EngineCommand.From(c),
        CancelOrder c => EngineCommand.From(c),
        AmendOrder c => EngineCommand.From(c),
        MassCancel c => EngineCommand.From(c),
        SetPhase c => EngineCommand.From(c),
        AdvanceTime c => EngineCommand.From(c),
        SetSelfTradePrevention c => EngineCommand.From(c),
        _ => throw new ArgumentException($"not a command: {command}"),
    };

    /// <summary>The state hash of the journal replayed into a fresh engine: what any correct recovery must reach.</summary>
    public static ulong ReplayedHash(string directory)
    {
        var engine = new MatchingEngine<Properties.CountingHandler>(new EngineOptions(), default);
        JournalReplayer.Replay(Path.Combine(directory, "journal"), engine);
        return engine.StateHash();
    }

    public static CommandOutcome Await(ValueTask<CommandOutcome> outcome) => outcome.AsTask().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
}
