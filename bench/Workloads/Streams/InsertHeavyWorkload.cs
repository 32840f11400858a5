using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// Workload A, insert-heavy: order i is a buy when i is even, priced 1880-1889, else a sell priced 1884-1893, for
/// 100-1,000 shares, good till cancelled. Buys above 1883 and sells below 1890 can trade; the rest never do, so the
/// book grows through the run. The draws follow the issue exactly: price, then quantity, per order.
/// </summary>
public static class InsertHeavyWorkload
{
    /// <summary>Reference price of the instrument; the workload's prices lie within 6 ticks below and 7 above it.</summary>
    public const long ReferencePrice = 1886;

    /// <summary>A 5% band (1792 to 1980) holds every price the workload draws.</summary>
    public const long PriceBandBps = 500;

    /// <summary>The stream on one instrument.</summary>
    public static WorkloadStream Generate(int orders, ulong seed) => new()
    {
        Kind = WorkloadKind.A,
        Seed = seed,
        Description = "insert-heavy: alternating buy/sell GTC limits around 1886 on one instrument; the book grows",
        Instruments = [WorkloadInstruments.Equity(1, "A", ReferencePrice, PriceBandBps)],
        Commands = Draw(orders, seed, instrumentCount: 1),
        OrderCapacity = orders + 1024, // every order may still rest at the end
    };

    /// <summary>The messages, order i going to instrument <c>i % instrumentCount + 1</c>.</summary>
    public static WorkloadCommand[] Draw(int orders, ulong seed, int instrumentCount)
    {
        var rng = new SplitMix64(seed);
        var commands = new WorkloadCommand[orders];
        for (int i = 0; i < orders; i++)
        {
            bool buy = i % 2 == 0;
            long price = (long)(rng.Next() % 10) + (buy ? 1880 : 1884);
            long quantity = (long)(rng.Next() % 10 + 1) * 100;
            commands[i] = WorkloadCommand.Place(
                time: i + 1, instrument: i % instrumentCount + 1, orderNumber: i + 1,
                buy ? Side.Buy : Side.Sell, OrderType.Limit, TimeInForce.GoodTillCancelled, price, quantity);
        }
        return commands;
    }
}
