using SocialExchange.Matching.Auctions;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    // Levels an uncross changed, published once each at its end; reused so an auction allocates nothing once grown.
    private readonly List<(Side Side, int Level)> _touchedLevels = new(256);
    private int _lastTouchedBidLevel, _lastTouchedAskLevel;

    /// <summary>The uncross an instrument in a call phase would have now (what <see cref="AuctionIndicative"/> publishes).</summary>
    public AuctionResult IndicativeUncross(int instrument) => AuctionCalculator.Compute(BookOf(instrument));

    /// <summary>Publishes the indicative uncross if it differs from the last one published for this call.</summary>
    private void PublishIndicative(OrderBook book)
    {
        var result = AuctionCalculator.Compute(book);
        if (result == book.PublishedIndicative) return;
        book.PublishedIndicative = result;
        _handler.OnAuctionIndicative(new AuctionIndicative(_clock, book.Id, result.Price, result.Volume, result.Imbalance));
    }

    /// <summary>Moves the book to <paramref name="phase"/> and says so.</summary>
    private void ChangePhase(OrderBook book, TradingPhase phase)
    {
        var previous = book.Phase;
        book.Phase = phase;
        _handler.OnPhaseChanged(new PhaseChanged(_clock, book.Id, previous, phase, book.PhaseEndTime));
        if (book.InCallPhase)
        {
            book.PublishedIndicative = default;
            PublishIndicative(book);
        }
    }

    /// <summary>
    /// Runs an uncross: enters the transient <paramref name="uncrossPhase"/>, executes the auction at its price
    /// (market orders first, then price-time priority), ends leftover market orders and at-auction orders (an
    /// at-the-open or at-the-close order is valid for one auction only), publishes statistics, and enters <paramref name="next"/>.
    /// </summary>
    private void RunUncross(OrderBook book, TradingPhase uncrossPhase, TradingPhase next)
    {
        book.PhaseEndTime = 0;
        ChangePhase(book, uncrossPhase);
        var result = AuctionCalculator.Compute(book);
        if (result.Trades)
        {
            ExecuteUncross(book, result.Price, result.Volume);
            book.StaticReference = result.Price;
        }
        ExpireAuctionOnlyOrders(book);
        RemoveOrdersWhere(book, ResultCode.MarketOrderRemainder, 0, static (in Order o, int _) => o.State == OrderState.QueuedMarket);
        PublishStatistics(book);
        ChangePhase(book, next);
        PublishBestBidOffer(book);
        if (next == TradingPhase.Continuous && book.Stops.Count > 0) TriggerStops(book);
        PublishBestBidOffer(book);
    }

    /// <summary>
    /// Executes <paramref name="volume"/> at <paramref name="price"/>: buys in priority order (market queue, then bid
    /// levels best first, each oldest first) against sells in the same order, one trade per pair. A filled order
    /// leaves the book at once, so the next order in priority is always the head of the market queue or of the best
    /// level; the executable volume guarantees both sides hold enough quantity at the uncross price or better.
    /// </summary>
    private void ExecuteUncross(OrderBook book, long price, long volume)
    {
        _touchedLevels.Clear();
        _lastTouchedBidLevel = _lastTouchedAskLevel = -1;
        while (volume > 0)
        {
            int buySlot = HeadInAuctionPriority(book, Side.Buy);
            int sellSlot = HeadInAuctionPriority(book, Side.Sell);
            ref var buy = ref _pool[buySlot];
            ref var sell = ref _pool[sellSlot];
            long quantity = Math.Min(volume, Math.Min(buy.Remaining, sell.Remaining));
            volume -= quantity;
            book.RecordTrade(price, quantity);
            // The trade first, then the book changes it causes, in the same order as continuous trading.
            _handler.OnTradeExecuted(new TradeExecuted(_clock, book.Id, _nextMatchId++, Side.None,
                buy.OrderId, buy.Participant, buy.ClientOrderId, sell.OrderId, sell.Participant, sell.ClientOrderId,
                price, quantity, buy.Remaining - quantity, sell.Remaining - quantity));
            FillInAuction(book, buySlot, quantity);
            FillInAuction(book, sellSlot, quantity);
            if (_ledger is not null)
            {
                // No aggressor in an auction: both sides pay the maker fee.
                long fee = book.Accounts!.MakerFeeBps;
                BookTrade(book, ref buy, ref sell, price, quantity, fee, fee);
            }
            if (buy.Remaining == 0) RemoveFilled(book, buySlot);
            if (sell.Remaining == 0) RemoveFilled(book, sellSlot);
        }
        // Only the two partly filled heads can be icebergs with their peak used up.
        for (int side = 0; side < 2; side++)
        {
            var ladder = side == 0 ? book.Bids : book.Asks;
            if (ladder.BestIndex < 0) continue;
            int head = ladder.Level(ladder.BestIndex).Head;
            if (_pool[head].Visible == 0) RefillIceberg(book, ladder, ladder.BestIndex, head);
        }
        foreach (var (side, level) in _touchedLevels) PublishLevel(book, book.Ladder(side), level);
    }

    /// <summary>The next order of <paramref name="side"/> in auction priority: market orders first, then the best level's oldest.</summary>
    private static int HeadInAuctionPriority(OrderBook book, Side side)
    {
        var queue = side == Side.Buy ? book.MarketBuys : book.MarketSells;
        if (queue.Head >= 0) return queue.Head;
        var ladder = book.Ladder(side);
        return ladder.Level(ladder.BestIndex).Head;
    }

    /// <summary>Reduces an order by an auction fill: displayed quantity first, then hidden.</summary>
    private void FillInAuction(OrderBook book, int slot, long quantity)
    {
        ref var order = ref _pool[slot];
        if (order.State == OrderState.QueuedMarket)
        {
            ref var queue = ref order.Side == Side.Buy ? ref book.MarketBuys : ref book.MarketSells;
            queue.Quantity -= quantity;
            order.Remaining -= quantity;
            order.Visible = order.Remaining;
            return;
        }
        var ladder = book.Ladder(order.Side);
        int levelIndex = ladder.IndexOf(order.Price);
        ref var level = ref ladder.Level(levelIndex);
        long fromVisible = Math.Min(quantity, order.Visible);
        level.Visible -= fromVisible;
        level.Hidden -= quantity - fromVisible;
        order.Remaining -= quantity;
        order.Visible -= fromVisible;
        // Each side is consumed best level first, so comparing with that side's last touched level removes duplicates.
        ref int lastTouched = ref order.Side == Side.Buy ? ref _lastTouchedBidLevel : ref _lastTouchedAskLevel;
        if (lastTouched != levelIndex)
        {
            lastTouched = levelIndex;
            _touchedLevels.Add((order.Side, levelIndex));
        }
        if (order.Remaining > 0 && order.Visible > 0 && _publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Modified);
    }

    /// <summary>Takes a fully filled order out of its queue or level and frees it.</summary>
    private void RemoveFilled(OrderBook book, int slot)
    {
        ref var order = ref _pool[slot];
        if (order.State == OrderState.QueuedMarket)
        {
            if (order.Side == Side.Buy) book.MarketBuys.Unlink(_pool, slot); else book.MarketSells.Unlink(_pool, slot);
        }
        else
        {
            if (_publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Removed);
            var ladder = book.Ladder(order.Side);
            ladder.Unlink(_pool, slot, ladder.IndexOf(order.Price));
        }
        _openOrders.Remove(KeyOf(order.Participant, order.ClientOrderId));
        _pool.Return(slot);
    }

    /// <summary>Expires what is left of at-the-open and at-the-close orders: their auction is over (or, after a halt, skipped).</summary>
    private void ExpireAuctionOnlyOrders(OrderBook book) =>
        RemoveOrdersWhere(book, ResultCode.ExpiredAfterAuction, 0, static (in Order o, int _) => o.TimeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose);

    /// <summary>Publishes the day's statistics so far.</summary>
    private void PublishStatistics(OrderBook book)
    {
        long vwap = book.Volume == 0 ? 0 : (long)(book.Turnover / book.Volume);
        _handler.OnDailyStatistics(new DailyStatistics(_clock, book.Id, book.Open, book.High, book.Low, book.LastPrice,
            book.Volume, book.Turnover, vwap, book.TradeCount));
    }
}
