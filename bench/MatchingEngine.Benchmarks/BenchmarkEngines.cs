using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// The engine, instrument and background book the benchmarks share. Participant ids stay below 256 so no
/// per-participant table of the engine grows inside a measured operation.
/// </summary>
public static class BenchmarkEngines
{
    /// <summary>The one instrument's id.</summary>
    public const int Instrument = 1;

    /// <summary>Reference price; bids go below it, offers above.</summary>
    public const long Mid = 10_000;

    /// <summary>Owner of the background book.</summary>
    public const int BackgroundParticipant = 1;

    /// <summary>Owner of the orders a benchmark places, cancels or amends.</summary>
    public const int Participant = 2;

    /// <summary>Owner of incoming orders that cross.</summary>
    public const int Aggressor = 3;

    /// <summary>Levels per side of the background book, one order of 100 each.</summary>
    public const int BackgroundLevels = 500;

    /// <summary>An equity with unit ticks, a 20% band (8000 to 12000) and no price controls.</summary>
    public static InstrumentSpec Spec { get; } = new()
    {
        Id = Instrument,
        Symbol = "BENCH",
        ReferencePrice = Mid,
        TickTable = TickSizeTable.Uniform(1),
        PriceScale = 0,
        PriceBandBps = 2_000,
        PriceControls = PriceControls.None,
    };

    /// <summary>An engine with the instrument listed (in continuous trading unless <paramref name="continuous"/> is false, then Closed).</summary>
    public static MatchingEngine<BenchmarkHandler> Create(int orderCapacity, bool continuous = true, InstrumentSpec? spec = null)
    {
        var engine = new MatchingEngine<BenchmarkHandler>(new EngineOptions { InitialOrderCapacity = orderCapacity }, default);
        engine.AddInstrument(spec ?? Spec, 0);
        if (continuous) engine.SetPhase(new SetPhase(0, Instrument, TradingPhase.Continuous));
        return engine;
    }

    /// <summary>
    /// Adds a resting book the measured orders never touch: one order on each of <see cref="BackgroundLevels"/>
    /// prices below the mid (if <paramref name="bids"/>) and above it (if <paramref name="asks"/>). Returns the orders added.
    /// </summary>
    public static int AddBackgroundBook(MatchingEngine<BenchmarkHandler> engine, ref long time, ref long nextId, bool bids = true, bool asks = true)
    {
        ArgumentNullException.ThrowIfNull(engine);
        int added = 0;
        for (int level = 1; level <= BackgroundLevels; level++)
        {
            if (bids)
            {
                engine.Place(new PlaceOrder(++time, Instrument, BackgroundParticipant, nextId++, Side.Buy, OrderType.Limit, TimeInForce.GoodTillCancelled, Mid - level, 100));
                added++;
            }
            if (asks)
            {
                engine.Place(new PlaceOrder(++time, Instrument, BackgroundParticipant, nextId++, Side.Sell, OrderType.Limit, TimeInForce.GoodTillCancelled, Mid + level, 100));
                added++;
            }
        }
        EnsureNoRejections(engine, "adding the background book");
        return added;
    }

    /// <summary>
    /// Runs one iteration's setup, operation and check over and over for <paramref name="duration"/>, pausing now and
    /// then. Benchmarks with [IterationSetup] invoke their method once per iteration, so BenchmarkDotNet's own warm-up
    /// is a few milliseconds of calls: too little for the tiered JIT (tier 0, instrumented, then tier 1 after a call
    /// count and a 100 ms quiet period) to install optimised code, and the measured figures then depend on how much
    /// setup work happened to warm the same methods. Calling this from [GlobalSetup] makes every case start from
    /// tier-1 code.
    /// </summary>
    public static void WarmUp(Action iteration, TimeSpan? duration = null)
    {
        ArgumentNullException.ThrowIfNull(iteration);
        var until = DateTime.UtcNow + (duration ?? TimeSpan.FromSeconds(2));
        var pauseAt = DateTime.UtcNow + TimeSpan.FromMilliseconds(200);
        while (DateTime.UtcNow < until)
        {
            iteration();
            if (DateTime.UtcNow >= pauseAt)
            {
                Thread.Sleep(150); // lets the background compiler install the next tier
                pauseAt = DateTime.UtcNow + TimeSpan.FromMilliseconds(200);
            }
        }
    }

    /// <summary>Throws when the engine has rejected anything: a benchmark that measures rejections measures the wrong thing.</summary>
    public static void EnsureNoRejections(MatchingEngine<BenchmarkHandler> engine, string when)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ref var handler = ref engine.Handler;
        if (handler.Rejected > 0)
            throw new InvalidOperationException($"{when}: the engine rejected {handler.Rejected} command(s), the first with {handler.FirstRejection}");
    }

    /// <summary>Throws unless the engine has exactly <paramref name="expected"/> open orders.</summary>
    public static void EnsureOpenOrders(MatchingEngine<BenchmarkHandler> engine, int expected, string when)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (engine.OpenOrderCount != expected)
            throw new InvalidOperationException($"{when}: expected {expected} open orders, the engine has {engine.OpenOrderCount}");
    }
}
