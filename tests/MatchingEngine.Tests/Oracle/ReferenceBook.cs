using SocialExchange.Matching.Auctions;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// One instrument of the <see cref="ReferenceEngine"/>: price levels in sorted dictionaries (enumerated best price
/// first), each level a list in time order, plus the call-phase market queues, the waiting stops, the phase and the
/// day's statistics. Deliberately naive: every question is answered by walking these collections.
/// </summary>
public sealed class ReferenceBook(InstrumentSpec spec)
{
    public InstrumentSpec Spec { get; } = spec;
    public int Id => Spec.Id;

    /// <summary>Bids by price, highest (best) first.</summary>
    public SortedDictionary<long, List<ReferenceOrder>> Bids { get; } = new(Comparer<long>.Create((a, b) => b.CompareTo(a)));

    /// <summary>Asks by price, lowest (best) first.</summary>
    public SortedDictionary<long, List<ReferenceOrder>> Asks { get; } = new();

    public List<ReferenceOrder> MarketBuys { get; } = [];
    public List<ReferenceOrder> MarketSells { get; } = [];

    /// <summary>Stop orders waiting for their trigger, in arrival order.</summary>
    public List<ReferenceOrder> Stops { get; } = [];

    public TradingPhase Phase { get; set; } = TradingPhase.Closed;
    public long PhaseEndTime { get; set; }
    public long StaticReference { get; set; } = spec.ReferencePrice;
    public long LastPrice { get; set; }
    public long Open { get; set; }
    public long High { get; set; }
    public long Low { get; set; }
    public long Volume { get; set; }
    public long TradeCount { get; set; }
    public Int128 Turnover { get; set; }
    public (long BidPrice, long BidQuantity, long AskPrice, long AskQuantity) PublishedBestBidOffer { get; set; }
    public AuctionResult PublishedIndicative { get; set; }

    public SortedDictionary<long, List<ReferenceOrder>> Levels(Side side) => side == Side.Buy ? Bids : Asks;

    public SortedDictionary<long, List<ReferenceOrder>> OppositeLevels(Side side) => side == Side.Buy ? Asks : Bids;

    public List<ReferenceOrder> MarketQueue(Side side) => side == Side.Buy ? MarketBuys : MarketSells;

    public bool InCallPhase => Phase is TradingPhase.PreOpen or TradingPhase.VolatilityAuction or TradingPhase.PreCloseCall or TradingPhase.CallAuction;

    /// <summary>Every open order in the canonical order of the state hash: bids best first, asks best first, market queues, stops.</summary>
    public IEnumerable<ReferenceOrder> OpenOrders() =>
        Bids.Values.SelectMany(level => level)
            .Concat(Asks.Values.SelectMany(level => level))
            .Concat(MarketBuys).Concat(MarketSells).Concat(Stops);

    /// <summary>Displayed quantity and order count at a price (zeros when the level is empty).</summary>
    public (long Visible, int Count) LevelTotals(Side side, long price) =>
        Levels(side).TryGetValue(price, out var level) ? (level.Sum(o => o.Visible), level.Count) : (0, 0);

    /// <summary>Takes an order out of whichever collection holds it, dropping a price level it leaves empty.</summary>
    public void Detach(ReferenceOrder order)
    {
        switch (order.Location)
        {
            case OrderLocation.Book:
                var levels = Levels(order.Side);
                var level = levels[order.Price];
                level.Remove(order);
                if (level.Count == 0) levels.Remove(order.Price);
                break;
            case OrderLocation.MarketQueue:
                MarketQueue(order.Side).Remove(order);
                break;
            case OrderLocation.StopList:
                Stops.Remove(order);
                break;
        }
        order.Location = null;
    }

    /// <summary>Moves a resting order to the back of its own level (it loses time priority).</summary>
    public void MoveToBack(ReferenceOrder order)
    {
        var level = Levels(order.Side)[order.Price];
        level.Remove(order);
        level.Add(order);
    }

    /// <summary>Puts a limit order at the back of its price level.</summary>
    public void AppendToLevel(ReferenceOrder order)
    {
        var levels = Levels(order.Side);
        if (!levels.TryGetValue(order.Price, out var level)) levels[order.Price] = level = [];
        level.Add(order);
        order.Location = OrderLocation.Book;
    }

    /// <summary>|price - reference| at most bps/10000 of the reference; a collar of zero bps is off.</summary>
    public static bool Within(long price, long reference, long bps) => bps == 0 || Math.Abs(price - reference) * 10_000 <= reference * bps;

    /// <summary>Static trade collar around the static reference, dynamic collar around the last trade (static reference before any).</summary>
    public bool InsideTradeCollars(long price, long lastPrice) =>
        Within(price, StaticReference, Spec.PriceControls.StaticTradeCollarBps) &&
        Within(price, lastPrice > 0 ? lastPrice : StaticReference, Spec.PriceControls.DynamicTradeCollarBps);

    public void RecordTrade(long price, long quantity)
    {
        Open = Volume == 0 ? price : Open;
        High = Volume == 0 ? price : Math.Max(High, price);
        Low = Volume == 0 ? price : Math.Min(Low, price);
        LastPrice = price;
        Volume += quantity;
        TradeCount++;
        Turnover += (Int128)price * quantity;
    }

    public BookStateView View() => new(Id, Phase, PhaseEndTime, long.MaxValue, StaticReference, LastPrice, Open, High, Low, Volume,
        TradeCount, Turnover, PublishedBestBidOffer.BidPrice, PublishedBestBidOffer.BidQuantity, PublishedBestBidOffer.AskPrice,
        PublishedBestBidOffer.AskQuantity, PublishedIndicative);
}
