using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// Placing a buy limit order that sweeps <see cref="Levels"/> price levels: the iteration setup rests one 1-share
/// offer on each of <see cref="Batch"/> × <see cref="Levels"/> consecutive prices above the mid, and order i of the
/// batch buys <see cref="Levels"/> shares limited at the <see cref="Levels"/>-th of the prices still offered, so it
/// empties exactly that many levels (one trade, one level-3 and one level-2 event each) and does not rest. 500
/// background bids stay untouched. The instrument has a wide band so the ladder holds every offered price.
/// </summary>
[MemoryDiagnoser]
public class PlaceCrossingBenchmarks
{
    /// <summary>Crossing orders per iteration.</summary>
    public const int Batch = 2_000;

    /// <summary>Reference 100,000 with a ±50% band: 50,000 one-tick levels above the mid, enough for 2,000 × 20.</summary>
    private static readonly InstrumentSpec WideSpec = Spec with { ReferencePrice = 100_000, PriceBandBps = 5_000 };

    private MatchingEngine<BenchmarkHandler> _engine = null!;
    private int _background;
    private long _time = 1;
    private long _nextId = 1;
    private long _tradesBefore;

    /// <summary>Price levels each incoming order sweeps.</summary>
    [Params(1, 5, 20)]
    public int Levels { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = Create(orderCapacity: Batch * 20 + 4_096, spec: WideSpec);
        _background = 0;
        for (int level = 1; level <= BackgroundLevels; level++)
        {
            _engine.Place(new PlaceOrder(++_time, Instrument, BackgroundParticipant, _nextId++, Side.Buy, OrderType.Limit,
                TimeInForce.GoodTillCancelled, WideSpec.ReferencePrice - level, 100));
            _background++;
        }
        EnsureNoRejections(_engine, "adding the background bids");
        WarmUp(() => { RestOffers(); PlaceCrossing(); CheckTrades(); });
    }

    [IterationSetup]
    public void RestOffers()
    {
        // Normally the previous batch emptied the offers; clear anything left if an invocation ran without setup.
        if (_engine.OpenOrderCount != _background) _engine.MassCancel(new MassCancel(++_time, Instrument, Participant));
        EnsureOpenOrders(_engine, _background, "before resting the offers");
        for (int price = 1; price <= Batch * Levels; price++)
            _engine.Place(new PlaceOrder(++_time, Instrument, Participant, _nextId++, Side.Sell, OrderType.Limit,
                TimeInForce.GoodTillCancelled, WideSpec.ReferencePrice + price, 1));
        EnsureNoRejections(_engine, "resting the offers");
        _tradesBefore = _engine.Handler.Trades;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void PlaceCrossing()
    {
        var engine = _engine;
        int levels = Levels;
        for (int i = 0; i < Batch; i++)
        {
            long limit = WideSpec.ReferencePrice + (long)(i + 1) * levels;
            engine.Place(new PlaceOrder(++_time, Instrument, Aggressor, _nextId++, Side.Buy, OrderType.Limit, TimeInForce.GoodTillCancelled, limit, levels));
        }
    }

    [IterationCleanup]
    public void CheckTrades()
    {
        long trades = _engine.Handler.Trades - _tradesBefore;
        if (trades != (long)Batch * Levels || _engine.OpenOrderCount != _background)
            throw new InvalidOperationException($"a batch of {Batch} orders crossing {Levels} levels made {trades} trades " +
                $"(expected {(long)Batch * Levels}) and left {_engine.OpenOrderCount} open orders (expected {_background})");
    }

    [GlobalCleanup]
    public void Check() => EnsureNoRejections(_engine, "placing crossing orders");
}
