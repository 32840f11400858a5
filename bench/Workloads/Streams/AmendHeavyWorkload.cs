using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// Workload C, amend-heavy, after exchange-core's benchmark mix: about 1,000 resting orders on about 750 price
/// levels; of the messages, 9% GTC limits, 3% IOC limits, 6% cancels and 82% amends that move an order's price;
/// about 6% of messages trade.
/// <para>
/// Design. Passive prices lie 1 to <see cref="Window"/> ticks behind a fixed mid on each side (bids below, offers
/// above), so a passive order never crosses. Each message draws u = rng % 100:
/// u &lt; 9: a passive GTC limit; u &lt; 12: an IOC limit at the best opposite price for 1-10 shares (it trades unless
/// that side is empty, and never rests); u &lt; 18: a cancel of a random resting order; otherwise an amend of a random
/// resting order to a new passive price, or (the "crossing amend") to the best opposite price with its quantity cut
/// to 1-10 shares, so it trades and leaves the book.
/// </para>
/// <para>
/// Why the crossing amend is gated. Each message adds at most one order, and only GTC limits add one (9%); cancels
/// remove one (6%) and every trading message removes at least one order (the aggressor or what it filled). To keep
/// the book near 1,000 orders, trades may therefore remove only about 3 orders per 100 messages. IOCs take 1-10
/// shares from orders of 20-100, so they seldom empty one; crossing amends always remove the amended order and are
/// drawn only while the book holds at least <see cref="TargetResting"/> orders. The book then settles at the target
/// and crossing amends happen as often as the balance allows (about 2.5-3% of messages); with the 3% of IOCs, about
/// 6% of messages trade. The measured shares are reported so this can be checked.
/// </para>
/// <para>
/// The draws depend on the book (which orders rest, the best prices), so the stream is recorded from an untimed
/// engine as it is drawn and replayed on a fresh one, as for workload B. The first 1,000 passive orders build the
/// starting book as untimed setup messages.
/// </para>
/// </summary>
public static class AmendHeavyWorkload
{
    /// <summary>The fixed mid price passive orders are placed around (and the instrument's reference price).</summary>
    public const long Mid = 10_000;

    /// <summary>Passive prices lie 1 to this many ticks from the mid: ~1,000 orders over 2 x 800 prices occupy ~750 of them.</summary>
    public const int Window = 800;

    /// <summary>Resting orders the book is held near; also the number of setup orders.</summary>
    public const int TargetResting = 1_000;

    /// <summary>Chance, in thousandths, that an amend crosses while the book is at or above its target.</summary>
    public const int CrossPerMille = 60;

    /// <summary>Quantity range of passive orders.</summary>
    public const long MinQuantity = 20, MaxQuantity = 100;

    /// <summary>Largest quantity of an IOC or of a crossing amend.</summary>
    public const long MaxTakeQuantity = 10;

    /// <summary>A 20% band (8000 to 12000) holds every price.</summary>
    public const long PriceBandBps = 2_000;

    /// <summary>Draws and records the stream.</summary>
    public static WorkloadStream Generate(int orders, ulong seed)
    {
        var instrument = WorkloadInstruments.Equity(1, "C", Mid, PriceBandBps);
        var pass = new GenerationPass(instrument, maxOrderNumber: TargetResting + (long)orders);
        var mirror = pass.Mirror;
        var rng = new SplitMix64(seed);
        long time = 0, nextId = 1;

        var setup = new WorkloadCommand[TargetResting];
        for (int k = 0; k < setup.Length; k++)
        {
            setup[k] = PassivePlace(ref rng, ++time, nextId++);
            pass.Apply(in setup[k]);
        }

        var commands = new WorkloadCommand[orders];
        long gtc = 0, ioc = 0, cancels = 0, amends = 0, crossingAmends = 0, tradingMessages = 0;
        double sumResting = 0, sumLevels = 0;
        for (int i = 0; i < orders; i++)
        {
            time++;
            ulong u = rng.Next() % 100;
            if (u < 9 || mirror.OpenCount == 0)
            {
                commands[i] = PassivePlace(ref rng, time, nextId++);
                gtc++;
            }
            else if (u < 12)
            {
                commands[i] = TakingIoc(ref rng, mirror, time, nextId++);
                ioc++;
            }
            else if (u < 18)
            {
                long id = mirror.OpenAt((int)(rng.Next() % (ulong)mirror.OpenCount));
                commands[i] = WorkloadCommand.Cancel(time, 1, id);
                cancels++;
            }
            else
            {
                commands[i] = Amend(ref rng, mirror, time, out bool crossing);
                amends++;
                if (crossing) crossingAmends++;
            }
            long tradesBefore = mirror.Trades;
            pass.Apply(in commands[i]);
            if (mirror.Trades != tradesBefore) tradingMessages++;
            sumResting += mirror.OpenCount;
            sumLevels += mirror.OccupiedLevels;
        }

        double n = Math.Max(1, orders);
        return new WorkloadStream
        {
            Kind = WorkloadKind.C,
            Seed = seed,
            Description = "amend-heavy (exchange-core mix): ~1,000 resting orders; 9% GTC, 3% IOC, 6% cancel, 82% amend (price move)",
            Instruments = [instrument],
            Setup = setup,
            Commands = commands,
            OrderCapacity = pass.PeakOpen + 1024,
            GenerationStateHash = pass.Engine.StateHash(),
            GenerationTrades = mirror.Trades,
            GeneratorStats = new Dictionary<string, double>
            {
                ["gtc_share"] = gtc / n,
                ["ioc_share"] = ioc / n,
                ["cancel_share"] = cancels / n,
                ["amend_share"] = amends / n,
                ["crossing_amend_share"] = crossingAmends / n,
                ["trade_share"] = tradingMessages / n,
                ["mean_resting_orders"] = sumResting / n,
                ["mean_occupied_levels"] = sumLevels / n,
                ["peak_resting_orders"] = pass.PeakOpen,
            },
        };
    }

    private static WorkloadCommand PassivePlace(ref SplitMix64 rng, long time, long id)
    {
        var side = (rng.Next() & 1) == 0 ? Side.Buy : Side.Sell;
        long price = PassivePrice(ref rng, side);
        long quantity = MinQuantity + (long)(rng.Next() % (MaxQuantity - MinQuantity + 1));
        return WorkloadCommand.Place(time, 1, id, side, OrderType.Limit, TimeInForce.GoodTillCancelled, price, quantity);
    }

    private static WorkloadCommand TakingIoc(ref SplitMix64 rng, BookMirror mirror, long time, long id)
    {
        var side = (rng.Next() & 1) == 0 ? Side.Buy : Side.Sell;
        long opposite = side == Side.Buy ? mirror.AskPrice : mirror.BidPrice;
        // With the opposite side empty the IOC is priced passively: it is accepted and its whole quantity cancelled.
        long price = opposite > 0 ? opposite : PassivePrice(ref rng, side);
        long quantity = 1 + (long)(rng.Next() % MaxTakeQuantity);
        return WorkloadCommand.Place(time, 1, id, side, OrderType.Limit, TimeInForce.ImmediateOrCancel, price, quantity);
    }

    private static WorkloadCommand Amend(ref SplitMix64 rng, BookMirror mirror, long time, out bool crossing)
    {
        long id = mirror.OpenAt((int)(rng.Next() % (ulong)mirror.OpenCount));
        var side = mirror.SideOf(id);
        long price = mirror.PriceOf(id);
        long remaining = mirror.RemainingOf(id);
        long opposite = side == Side.Buy ? mirror.AskPrice : mirror.BidPrice;
        crossing = mirror.OpenCount >= TargetResting && opposite > 0 && rng.Next() % 1000 < CrossPerMille;
        if (crossing)
        {
            // At most what rests at the best opposite price: the amended order fills completely and leaves the
            // book, so no order ever rests on the wrong side of the mid.
            long take = Math.Min(1 + (long)(rng.Next() % MaxTakeQuantity), side == Side.Buy ? mirror.AskQuantity : mirror.BidQuantity);
            return WorkloadCommand.Amend(time, 1, id, opposite, Math.Min(remaining, Math.Max(1, take)));
        }
        long newPrice = PassivePrice(ref rng, side);
        if (newPrice == price)
        {
            // An amend must move the price: step one tick toward the mid, or away from it at the innermost price.
            long inner = side == Side.Buy ? Mid - 1 : Mid + 1;
            long towardMid = side == Side.Buy ? 1 : -1;
            newPrice = price == inner ? price - towardMid : price + towardMid;
        }
        return WorkloadCommand.Amend(time, 1, id, newPrice, remaining);
    }

    private static long PassivePrice(ref SplitMix64 rng, Side side)
    {
        long offset = 1 + (long)(rng.Next() % Window);
        return side == Side.Buy ? Mid - offset : Mid + offset;
    }
}
