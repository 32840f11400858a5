using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// The opening auction's uncross over <see cref="Orders"/> orders. The iteration setup ends the previous day
/// (Closed expires the day orders), opens the call (PreOpen) and enters the orders: buys and sells of 1-100 shares
/// over overlapping 100-tick ranges around the mid, from 100 participants. The measured operation is the single
/// SetPhase(Continuous) that computes the uncross price, executes the trades and opens continuous trading.
/// One operation per iteration (BenchmarkDotNet's rule with [IterationSetup]); an uncross is long enough for that.
/// </summary>
[MemoryDiagnoser]
public class AuctionUncrossBenchmarks
{
    /// <summary>Orders in the call.</summary>
    public const int Orders = 10_000;

    private readonly Side[] _sides = new Side[Orders];
    private readonly long[] _prices = new long[Orders];
    private readonly long[] _quantities = new long[Orders];
    private MatchingEngine<BenchmarkHandler> _engine = null!;
    private long _time = 1;
    private long _nextId = 1;
    private long _tradesBefore;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Create(orderCapacity: 1 << 15, continuous: false);
        var rng = new SplitMix64(7);
        for (int i = 0; i < Orders; i++)
        {
            _sides[i] = i % 2 == 0 ? Side.Buy : Side.Sell;
            _prices[i] = (_sides[i] == Side.Buy ? Mid - 50 : Mid - 49) + (long)(rng.Next() % 100);
            _quantities[i] = 1 + (long)(rng.Next() % 100);
        }
        WarmUp(() => { OpenCall(); OpeningUncross(); CheckUncross(); });
    }

    [IterationSetup]
    public void OpenCall()
    {
        if (_engine.PhaseOf(Instrument) != TradingPhase.Closed)
            _engine.SetPhase(new SetPhase(++_time, Instrument, TradingPhase.Closed));
        EnsureOpenOrders(_engine, 0, "after the day ended");
        _engine.SetPhase(new SetPhase(++_time, Instrument, TradingPhase.PreOpen));
        for (int i = 0; i < Orders; i++)
            _engine.Place(new PlaceOrder(++_time, Instrument, 1 + i % 100, _nextId++, _sides[i], OrderType.Limit, TimeInForce.Day, _prices[i], _quantities[i]));
        EnsureNoRejections(_engine, "entering the call");
        EnsureOpenOrders(_engine, Orders, "after entering the call");
        _tradesBefore = _engine.Handler.Trades;
    }

    [Benchmark]
    public void OpeningUncross() => _engine.SetPhase(new SetPhase(++_time, Instrument, TradingPhase.Continuous));

    [IterationCleanup]
    public void CheckUncross()
    {
        if (_engine.PhaseOf(Instrument) != TradingPhase.Continuous)
            throw new InvalidOperationException($"after the uncross the phase is {_engine.PhaseOf(Instrument)}, not Continuous");
        if (_engine.Handler.Trades == _tradesBefore)
            throw new InvalidOperationException("the uncross made no trades");
    }

    [GlobalCleanup]
    public void Check() => EnsureNoRejections(_engine, "the auction");
}
