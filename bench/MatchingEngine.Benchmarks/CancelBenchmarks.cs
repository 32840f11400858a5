using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// Cancelling a resting order. The iteration setup rests <see cref="Batch"/> orders (about 10 per price beside a
/// 1,000-order background book); the measured batch cancels them all in a shuffled order, so most cancels take an
/// order from the middle of its level's queue, not its head.
/// </summary>
[MemoryDiagnoser]
public class CancelBenchmarks
{
    /// <summary>Orders cancelled per iteration.</summary>
    public const int Batch = 10_000;

    private readonly long[] _ids = new long[Batch];
    private readonly int[] _cancelOrder = new int[Batch];
    private MatchingEngine<BenchmarkHandler> _engine = null!;
    private int _background;
    private long _time = 1;
    private long _nextId = 1;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Create(orderCapacity: 1 << 16);
        _background = AddBackgroundBook(_engine, ref _time, ref _nextId);
        for (int i = 0; i < Batch; i++) _cancelOrder[i] = i;
        var rng = new SplitMix64(17);
        for (int i = Batch - 1; i > 0; i--)
        {
            int j = (int)(rng.Next() % (ulong)(i + 1));
            (_cancelOrder[i], _cancelOrder[j]) = (_cancelOrder[j], _cancelOrder[i]);
        }
        WarmUp(() => { RestOrders(); Cancel(); });
    }

    [IterationSetup]
    public void RestOrders()
    {
        if (_engine.OpenOrderCount != _background) _engine.MassCancel(new MassCancel(++_time, Instrument, Participant));
        EnsureOpenOrders(_engine, _background, "before resting the batch");
        for (int i = 0; i < Batch; i++)
        {
            var side = i % 2 == 0 ? Side.Buy : Side.Sell;
            long offset = 1 + i / 2 % BackgroundLevels;
            _ids[i] = _nextId++;
            _engine.Place(new PlaceOrder(++_time, Instrument, Participant, _ids[i], side, OrderType.Limit, TimeInForce.GoodTillCancelled, side == Side.Buy ? Mid - offset : Mid + offset, 100));
        }
        EnsureNoRejections(_engine, "resting the batch");
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void Cancel()
    {
        var engine = _engine;
        for (int i = 0; i < _cancelOrder.Length; i++)
            engine.Cancel(new CancelOrder(++_time, Instrument, Participant, _ids[_cancelOrder[i]]));
    }

    [GlobalCleanup]
    public void Check() => EnsureNoRejections(_engine, "cancelling");
}
