using System.Runtime.CompilerServices;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Auctions;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Books;

/// <summary>
/// Everything the engine keeps for one instrument: its rules (copied from the spec into fields the matching path
/// reads without indirection), both ladders, the call-phase market queues, waiting stop orders, the phase and its
/// timers, the price references and the day's statistics. The engine mutates it; the book holds no behaviour that
/// emits events.
/// </summary>
internal sealed class OrderBook
{
    public OrderBook(InstrumentSpec spec, long listedAt)
    {
        Spec = spec;
        Id = spec.Id;
        Ticks = spec.EffectiveTickTable;
        LotSize = spec.LotSize;
        MinimumNotional = spec.MinimumOrderNotional;
        Kind = spec.Kind;
        Model = spec.TradingModel;
        StaticOrderCollarBps = spec.PriceControls.StaticOrderCollarBps;
        StaticTradeCollarBps = spec.PriceControls.StaticTradeCollarBps;
        DynamicTradeCollarBps = spec.PriceControls.DynamicTradeCollarBps;
        long low = spec.LowestLadderPrice;
        long high = spec.HighestLadderPrice;
        long step = LadderStep(Ticks, low, high);
        int size = (int)((high - low) / step + 1);
        Bids = new PriceLadder(Side.Buy, low, step, size);
        Asks = new PriceLadder(Side.Sell, low, step, size);
        MarketBuys = OrderQueue.Empty;
        MarketSells = OrderQueue.Empty;
        Schedule = new DailySchedule(spec.TradingModel, spec.Schedule);
        NextScheduledTime = Schedule.NextAfter(listedAt, out var action);
        NextScheduledAction = action;
        StaticReference = spec.ReferencePrice;
        Phase = TradingPhase.Closed;
        HighestPrice = Bids.PriceAt(size - 1);
    }

    public readonly InstrumentSpec Spec;
    public readonly int Id;
    public readonly TickSizeTable Ticks;
    public readonly long LotSize;
    public readonly long MinimumNotional;
    public readonly InstrumentKind Kind;
    public readonly TradingModelKind Model;
    public readonly long StaticOrderCollarBps;
    public readonly long StaticTradeCollarBps;
    public readonly long DynamicTradeCollarBps;
    public readonly PriceLadder Bids;
    public readonly PriceLadder Asks;
    public readonly DailySchedule Schedule;

    /// <summary>The top of the ladder: no trade can happen above it.</summary>
    public readonly long HighestPrice;

    /// <summary>Holdings, settlement and account rules; null when the engine keeps no accounts.</summary>
    public InstrumentAccounts? Accounts;

    /// <summary>Market orders waiting for the uncross of a call phase, in time order.</summary>
    public OrderQueue MarketBuys;
    public OrderQueue MarketSells;

    /// <summary>Stop orders waiting for their trigger, in arrival order.</summary>
    public readonly List<int> Stops = new(16);

    public TradingPhase Phase;

    /// <summary>When the current auction ends by timer (volatility auction, extended opening); zero when none.</summary>
    public long PhaseEndTime;

    public long NextScheduledTime;
    public ScheduledAction NextScheduledAction;

    /// <summary>Static reference: previous close, then the day's opening or latest auction price.</summary>
    public long StaticReference;

    /// <summary>Last trade price, zero before any trade since listing.</summary>
    public long LastPrice;

    // The day's statistics.
    public long Open, High, Low, Volume, TradeCount;
    public Int128 Turnover;

    // Last published best bid and offer, to publish level 1 only when it changes.
    public long PublishedBidPrice, PublishedBidQuantity, PublishedAskPrice, PublishedAskQuantity;

    /// <summary>The last indicative uncross published in the current call, to publish only changes.</summary>
    public AuctionResult PublishedIndicative;

    /// <summary>The earliest timer of this book: its auction end or its next scheduled action.</summary>
    public long NextEventTime => PhaseEndTime > 0 && PhaseEndTime < NextScheduledTime ? PhaseEndTime : NextScheduledTime;

    public PriceLadder Ladder(Side side) => side == Side.Buy ? Bids : Asks;

    public PriceLadder Opposite(Side side) => side == Side.Buy ? Asks : Bids;

    /// <summary>Phases in which orders rest without matching and an uncross follows.</summary>
    public bool InCallPhase => Phase is TradingPhase.PreOpen or TradingPhase.VolatilityAuction or TradingPhase.PreCloseCall or TradingPhase.CallAuction;

    /// <summary>True when a trade at <paramref name="price"/> stays within the static and dynamic trade collars.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InsideTradeCollars(long price) => InsideTradeCollars(price, LastPrice);

    /// <summary>As <see cref="InsideTradeCollars(long)"/>, with the last trade price given (for look-ahead checks).</summary>
    public bool InsideTradeCollars(long price, long lastPrice)
    {
        if (StaticTradeCollarBps > 0 && !WithinBps(price, StaticReference, StaticTradeCollarBps)) return false;
        long dynamicReference = lastPrice > 0 ? lastPrice : StaticReference;
        return DynamicTradeCollarBps == 0 || WithinBps(price, dynamicReference, DynamicTradeCollarBps);
    }

    /// <summary>True when a limit price is inside the static order collar.</summary>
    public bool InsideStaticOrderCollar(long price) => StaticOrderCollarBps == 0 || WithinBps(price, StaticReference, StaticOrderCollarBps);

    /// <summary>True when a price is inside the static trade collar (the opening-auction check).</summary>
    public bool InsideStaticTradeCollar(long price) => StaticTradeCollarBps == 0 || WithinBps(price, StaticReference, StaticTradeCollarBps);

    /// <summary>|price - reference| at most bps/10000 of reference, in integers (no rounding: the bound is exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool WithinBps(long price, long reference, long bps) => Math.Abs(price - reference) * 10_000 <= reference * bps;

    /// <summary>The auction tie-break reference: the last trade price if there is one, else the static reference.</summary>
    public long AuctionReference => LastPrice > 0 ? LastPrice : StaticReference;

    /// <summary>Records a trade in the day's statistics and the last price.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RecordTrade(long price, long quantity)
    {
        if (Volume == 0) { Open = price; High = price; Low = price; }
        else
        {
            if (price > High) High = price;
            if (price < Low) Low = price;
        }
        LastPrice = price;
        Volume += quantity;
        TradeCount++;
        Turnover += (Int128)price * quantity;
    }

    /// <summary>Clears the day's statistics; the last price carries over as the next day's static reference.</summary>
    public void StartNewDay()
    {
        if (Volume > 0) StaticReference = LastPrice;
        Open = High = Low = Volume = TradeCount = 0;
        Turnover = 0;
    }

    /// <summary>The ladder step: the greatest common divisor of every tick in the band, so every on-tick price has an index.</summary>
    private static long LadderStep(TickSizeTable ticks, long low, long high)
    {
        long step = 0;
        foreach (var row in ticks.Rows)
        {
            long next = ticks.Rows.Where(r => r.FromPrice > row.FromPrice).Select(r => r.FromPrice).DefaultIfEmpty(long.MaxValue).Min();
            if (row.FromPrice <= high && next > low) step = step == 0 ? row.Tick : Gcd(step, row.Tick);
        }
        return step;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
