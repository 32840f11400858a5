using BenchmarkDotNet.Attributes;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using static SocialExchange.Bench.Matching.BenchmarkEngines;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// The pause a snapshot costs the matching thread: writing the whole engine (one instrument, <see cref="Orders"/>
/// resting orders spread over 2,000 prices) to a stream that discards it, and reading one back into a new engine.
/// Snapshots are written between batches on the matching thread, so this is how long matching stops.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private MatchingEngine<BenchmarkHandler> _engine = null!;
    private byte[] _snapshot = [];

    /// <summary>Open orders in the engine.</summary>
    [Params(10_000, 100_000)]
    public int Orders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = Create(orderCapacity: Orders + 1_024);
        long time = 1;
        for (int i = 0; i < Orders; i++)
        {
            var side = i % 2 == 0 ? Side.Buy : Side.Sell;
            long offset = 1 + i / 2 % 1_000;
            _engine.Place(new PlaceOrder(++time, Instrument, 1 + i % 1_000, 1 + i / 1_000, side, OrderType.Limit,
                TimeInForce.GoodTillCancelled, side == Side.Buy ? Mid - offset : Mid + offset, 100));
        }
        EnsureNoRejections(_engine, "building the book");
        EnsureOpenOrders(_engine, Orders, "after building the book");
        using var stream = new MemoryStream();
        _engine.WriteSnapshot(stream, 1);
        _snapshot = stream.ToArray();
    }

    [Benchmark]
    public void WriteSnapshot() => _engine.WriteSnapshot(Stream.Null, 1);

    [Benchmark]
    public int ReadSnapshot() => MatchingEngine<BenchmarkHandler>.ReadSnapshot(new MemoryStream(_snapshot), default, out _).OpenOrderCount;
}
