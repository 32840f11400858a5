using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// Placing a limit order that rests without trading. Each iteration places a batch of <see cref="Batch"/> orders
/// (alternately bids and offers, over 500 prices per side, beside a 1,000-order background book); the iteration
/// setup mass-cancels the previous batch, so the book is the same at the start of every iteration and the
/// engine's pools are warm. The measured operation is the place alone.
/// </summary>
[MemoryDiagnoser]
public class PlaceRestingBenchmarks
{
    /// <summary>Orders placed per iteration.</summary>
    public const int Batch = 10_000;

    private readonly long[] _prices = new long[Batch];
    private readonly Side[] _sides = new Side[Batch];
    private MatchingEngine<BenchmarkHandler> _engine = null!;
    private int _background;
    private long _time = 1;
    private long _nextId = 1;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Create(orderCapacity: 1 << 16);
        _background = AddBackgroundBook(_engine, ref _time, ref _nextId);
        for (int i = 0; i < Batch; i++)
        {
            _sides[i] = i % 2 == 0 ? Side.Buy : Side.Sell;
            long offset = 1 + i / 2 % BackgroundLevels;
            _prices[i] = _sides[i] == Side.Buy ? Mid - offset : Mid + offset;
        }
        WarmUp(() => { RemovePreviousBatch(); PlaceResting(); });
    }

    [IterationSetup]
    public void RemovePreviousBatch()
    {
        _engine.MassCancel(new MassCancel(++_time, Instrument, Participant));
        EnsureNoRejections(_engine, "mass-cancelling the previous batch");
        EnsureOpenOrders(_engine, _background, "before placing a batch");
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void PlaceResting()
    {
        var engine = _engine;
        for (int i = 0; i < _prices.Length; i++)
            engine.Place(new PlaceOrder(++_time, Instrument, Participant, _nextId++, _sides[i], OrderType.Limit, TimeInForce.GoodTillCancelled, _prices[i], 100));
    }

    [GlobalCleanup]
    public void Check()
    {
        EnsureNoRejections(_engine, "placing resting orders");
        if (_engine.Handler.Trades != 0) throw new InvalidOperationException($"resting orders traded {_engine.Handler.Trades} times");
    }
}
