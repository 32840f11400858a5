using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// Amending resting orders, in steady state with no per-iteration setup: <see cref="Orders"/> bids (two per
/// price over 500 prices, beside 500 background offers) are amended round-robin, one per operation.
/// <list type="bullet">
/// <item><see cref="AmendQuantityDown"/>: same price, quantity one lower, so the order keeps its queue place
/// (quantities start at 2^32, so they never run out).</item>
/// <item><see cref="AmendPriceMove"/>: the price moves between two passive prices 500 ticks apart, same quantity;
/// the order loses priority and goes to the back of the other level. It never crosses.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class AmendBenchmarks
{
    /// <summary>Resting orders amended in turn.</summary>
    public const int Orders = 1_000;

    private readonly long[] _ids = new long[Orders];
    private readonly long[] _homePrices = new long[Orders];
    private readonly long[] _prices = new long[Orders];
    private readonly long[] _quantities = new long[Orders];
    private MatchingEngine<BenchmarkHandler> _engine = null!;
    private long _time = 1;
    private long _nextId = 1;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Create(orderCapacity: 1 << 16);
        AddBackgroundBook(_engine, ref _time, ref _nextId, bids: false, asks: true);
        for (int i = 0; i < Orders; i++)
        {
            _ids[i] = _nextId++;
            _homePrices[i] = _prices[i] = Mid - 1 - i % BackgroundLevels;
            _quantities[i] = 1L << 32;
            _engine.Place(new PlaceOrder(++_time, Instrument, Participant, _ids[i], Side.Buy, OrderType.Limit, TimeInForce.GoodTillCancelled, _prices[i], _quantities[i]));
        }
        EnsureNoRejections(_engine, "resting the orders to amend");
    }

    [Benchmark]
    public void AmendQuantityDown()
    {
        int j = NextOrder();
        long quantity = --_quantities[j];
        _engine.Amend(new AmendOrder(++_time, Instrument, Participant, _ids[j], _prices[j], quantity));
    }

    [Benchmark]
    public void AmendPriceMove()
    {
        int j = NextOrder();
        long price = _prices[j] == _homePrices[j] ? _homePrices[j] - BackgroundLevels : _homePrices[j];
        _prices[j] = price;
        _engine.Amend(new AmendOrder(++_time, Instrument, Participant, _ids[j], price, _quantities[j]));
    }

    [GlobalCleanup]
    public void Check()
    {
        EnsureNoRejections(_engine, "amending");
        if (_engine.Handler.Trades != 0) throw new InvalidOperationException($"amends traded {_engine.Handler.Trades} times");
    }

    private int NextOrder()
    {
        int j = _next;
        _next = j + 1 == Orders ? 0 : j + 1;
        return j;
    }
}
