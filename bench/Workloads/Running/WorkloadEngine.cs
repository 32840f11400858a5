using SocialExchange.Bench.Workloads.Streams;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>
/// Builds an engine ready for a stream: instruments listed and trading continuously, accounts funded when the run
/// keeps accounts, setup messages applied.
/// </summary>
public static class WorkloadEngine
{
    /// <summary>
    /// A new engine with <paramref name="instruments"/> listed at time 0 and moved straight from Closed to continuous
    /// trading, with every market-data level on (the engine's default: the runs measure the full event stream).
    /// With <paramref name="accounts"/> it keeps accounts and checks every order against them (pre-trade risk).
    /// </summary>
    public static MatchingEngine<THandler> Create<THandler>(IEnumerable<InstrumentSpec> instruments, int orderCapacity, THandler handler, bool accounts = false)
        where THandler : struct, IEngineEventHandler
    {
        var options = new EngineOptions { InitialOrderCapacity = orderCapacity, Accounts = accounts };
        var engine = new MatchingEngine<THandler>(options, handler);
        foreach (var spec in instruments)
        {
            engine.AddInstrument(spec, 0);
            engine.SetPhase(new SetPhase(0, spec.Id, TradingPhase.Continuous));
        }
        return engine;
    }

    /// <summary>
    /// An engine for <paramref name="stream"/> with its setup messages applied (untimed); with
    /// <paramref name="funding"/>, an engine that keeps accounts, funded before the setup messages.
    /// </summary>
    public static MatchingEngine<THandler> ForStream<THandler>(WorkloadStream stream, THandler handler, AccountFunding? funding = null)
        where THandler : struct, IEngineEventHandler
    {
        var engine = Create(stream.Instruments, stream.OrderCapacity, handler, accounts: funding is not null);
        funding?.Apply(engine);
        foreach (ref readonly var command in stream.Setup.AsSpan())
            CommandApplier.Apply(engine, in command);
        return engine;
    }
}
