using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// Workload B, a bounded book with cancels, exactly as the issue draws it: while fewer than 100,000 orders rest,
/// isMarket = rng % 100 &lt;= 5, r = 1 + rng % 4999, buy when r is even; a market IOC for r shares, or a GTC limit
/// for r shares at 28500 - r (buy) or 27500 + r (sell). Once 100,000 orders rest, the message is instead a cancel of
/// the oldest order still resting, and nothing is drawn.
/// <para>
/// Which order is "still resting" depends on what has traded, so the stream cannot be drawn without matching it.
/// The generator therefore runs each message through an untimed engine as it draws it (<see cref="GenerationPass"/>)
/// and records the messages; the timed run replays the recording on a fresh engine. The engine is deterministic, so
/// the replay behaves identically; the runner proves it by comparing state hashes and trade counts.
/// </para>
/// </summary>
public static class BoundedBookWorkload
{
    /// <summary>Resting orders at which the stream switches to cancelling the oldest.</summary>
    public const int MaxResting = 100_000;

    /// <summary>Reference price: limits lie in 23501-28499 (buys) and 27501-32499 (sells).</summary>
    public const long ReferencePrice = 28_000;

    /// <summary>A 20% band (22400 to 33600) holds every limit price.</summary>
    public const long PriceBandBps = 2_000;

    /// <summary>Draws and records the stream.</summary>
    public static WorkloadStream Generate(int orders, ulong seed)
    {
        var instrument = WorkloadInstruments.Equity(1, "B", ReferencePrice, PriceBandBps);
        var pass = new GenerationPass(instrument, maxOrderNumber: orders);
        var mirror = pass.Mirror;
        var rng = new SplitMix64(seed);
        var commands = new WorkloadCommand[orders];
        long nextId = 1;
        long oldest = 1; // client ids rise with arrival, so the oldest resting order is the lowest open id
        int cancels = 0, markets = 0;
        for (int i = 0; i < orders; i++)
        {
            long time = i + 1;
            if (mirror.OpenCount >= MaxResting)
            {
                while (!mirror.IsOpen(oldest)) oldest++;
                commands[i] = WorkloadCommand.Cancel(time, 1, oldest);
                cancels++;
            }
            else
            {
                bool isMarket = rng.Next() % 100 <= 5;
                long r = 1 + (long)(rng.Next() % 4999);
                var side = r % 2 == 0 ? Side.Buy : Side.Sell;
                long id = nextId++;
                commands[i] = isMarket
                    ? WorkloadCommand.Place(time, 1, id, side, OrderType.Market, TimeInForce.ImmediateOrCancel, 0, r)
                    : WorkloadCommand.Place(time, 1, id, side, OrderType.Limit, TimeInForce.GoodTillCancelled, side == Side.Buy ? 28_500 - r : 27_500 + r, r);
                if (isMarket) markets++;
            }
            pass.Apply(in commands[i]);
        }
        return new WorkloadStream
        {
            Kind = WorkloadKind.B,
            Seed = seed,
            Description = $"bounded book: GTC limits and 6% market IOCs around 28000; at {MaxResting:N0} resting orders, cancel the oldest",
            Instruments = [instrument],
            Commands = commands,
            OrderCapacity = pass.PeakOpen + 1024,
            GenerationStateHash = pass.Engine.StateHash(),
            GenerationTrades = mirror.Trades,
            GeneratorStats = new Dictionary<string, double>
            {
                ["peak_resting_orders"] = pass.PeakOpen,
                ["resting_orders_at_end"] = mirror.OpenCount,
                ["market_share_of_places"] = orders - cancels == 0 ? 0 : (double)markets / (orders - cancels),
                ["cancel_share"] = orders == 0 ? 0 : (double)cancels / orders,
                ["first_cancel_message"] = FirstIndexOfCancel(commands),
            },
        };
    }

    private static double FirstIndexOfCancel(WorkloadCommand[] commands)
    {
        for (int i = 0; i < commands.Length; i++)
            if (commands[i].Kind == Matching.Commands.CommandKind.CancelOrder) return i;
        return -1;
    }
}
