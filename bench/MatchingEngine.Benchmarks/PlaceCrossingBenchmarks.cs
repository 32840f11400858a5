using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// Placing a buy limit order that crosses <see cref="Levels"/> price levels: it fills the first resting offer of
/// each of the levels (each of 1 share) and nothing rests. The iteration setup puts <see cref="Batch"/> one-share
/// offers on each level, so every measured order trades exactly <see cref="Levels"/> times and the batch empties
/// the offers again; 500 background bids stay untouched.
/// </summary>
[MemoryDiagnoser]
public class PlaceCrossingBenchmarks
{
    /// <summary>Crossing orders per iteration.</summary>
    public const int Batch = 5_000;

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
        _engine = Create(orderCapacity: Batch * 20 + 4_096);
        _background = AddBackgroundBook(_engine, ref _time, ref _nextId, bids: true, asks: false);
    }

    [IterationSetup]
    public void RestOffers()
    {
        // Normally the previous batch emptied the offers; clear anything left if an invocation ran without setup.
        if (_engine.OpenOrderCount != _background) _engine.MassCancel(new MassCancel(++_time, Instrument, Participant));
        EnsureOpenOrders(_engine, _background, "before resting the offers");
        for (int level = 1; level <= Levels; level++)
            for (int k = 0; k < Batch; k++)
                _engine.Place(new PlaceOrder(++_time, Instrument, Participant, _nextId++, Side.Sell, OrderType.Limit, TimeInForce.GoodTillCancelled, Mid + level, 1));
        EnsureNoRejections(_engine, "resting the offers");
        _tradesBefore = _engine.Handler.Trades;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void PlaceCrossing()
    {
        var engine = _engine;
        long price = Mid + Levels;
        long quantity = Levels;
        for (int i = 0; i < Batch; i++)
            engine.Place(new PlaceOrder(++_time, Instrument, Aggressor, _nextId++, Side.Buy, OrderType.Limit, TimeInForce.GoodTillCancelled, price, quantity));
    }

    [IterationCleanup]
    public void CheckTrades()
    {
        long trades = _engine.Handler.Trades - _tradesBefore;
        if (trades != (long)Batch * Levels)
            throw new InvalidOperationException($"a batch of {Batch} orders crossing {Levels} levels made {trades} trades, expected {(long)Batch * Levels}");
    }

    [GlobalCleanup]
    public void Check() => EnsureNoRejections(_engine, "placing crossing orders");
}
