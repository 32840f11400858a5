using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Tests.Oracle;

public sealed partial class ReferenceEngine
{
    /// <summary>
    /// Continuous trading: the incoming order takes liquidity best price first, oldest first, then what is left
    /// rests, is cancelled, or (after a collar breach) waits in the volatility auction. Stops are triggered afterwards.
    /// </summary>
    private void MatchIncoming(ReferenceBook book, ReferenceOrder order)
    {
        if (order.TimeInForce == TimeInForce.FillOrKill && !CouldFillCompletely(book, order))
        {
            CancelIncoming(book, order, ResultCode.FillOrKillNotFillable);
        }
        else
        {
            var outcome = TakeLiquidity(book, order);
            if (outcome == SweepOutcome.SelfTradeStopped) CancelIncoming(book, order, ResultCode.SelfTradePrevented);
            else if (order.Remaining == 0) { /* filled */ }
            else if (outcome == SweepOutcome.CollarBreached)
            {
                StartVolatilityAuction(book);
                if (order.IsImmediate) CancelIncoming(book, order, ResultCode.CancelledByVolatilityInterruption);
                else RestInCall(book, order);
                PublishIndicative(book);
            }
            else if (order.IsImmediate) CancelIncoming(book, order, ResultCode.ImmediateOrCancelRemainder);
            else if (order.Type == OrderType.Market) CancelIncoming(book, order, ResultCode.MarketOrderRemainder);
            else AddToBook(book, order);
        }
        if (!_cascading) TriggerStops(book);
    }

    private enum SweepOutcome
    {
        Done,
        SelfTradeStopped,
        CollarBreached,
    }

    /// <summary>Trades level by level until the order is filled, out of its limit, stopped by self-trade prevention or by a collar.</summary>
    private SweepOutcome TakeLiquidity(ReferenceBook book, ReferenceOrder incoming)
    {
        var opposite = book.OppositeLevels(incoming.Side);
        while (incoming.Remaining > 0 && opposite.Count > 0)
        {
            long price = opposite.Keys.First();
            if (!incoming.AcceptsPrice(price)) return SweepOutcome.Done;
            if (!book.InsideTradeCollars(price, book.LastPrice)) return SweepOutcome.CollarBreached;
            var level = opposite[price];
            (long Shown, int Count) before = (level.Sum(o => o.Visible), level.Count);
            bool stopped = TradeAtLevel(book, incoming, price, level);
            // Level 2 once per level visited, as it is after the visit, when what it shows changed (self-trade
            // prevention can stop the order at the head without changing anything).
            if ((level.Sum(o => o.Visible), level.Count) != before)
                PublishLevel(book, incoming.Side == Side.Buy ? Side.Sell : Side.Buy, price);
            if (stopped) return SweepOutcome.SelfTradeStopped;
        }
        return SweepOutcome.Done;
    }

    /// <summary>
    /// Trades against the oldest order of one level until the incoming order is done or the level is empty. Every
    /// step takes the head of the level out of the way (filled, cancelled, or an iceberg refilled at the back) unless
    /// the incoming order is finished, so "always the head" is price-time priority. Returns true when self-trade
    /// prevention ends the incoming order.
    /// </summary>
    private bool TradeAtLevel(ReferenceBook book, ReferenceOrder incoming, long price, List<ReferenceOrder> level)
    {
        var mode = SelfTradePreventionOf(incoming.Participant);
        while (incoming.Remaining > 0 && level.Count > 0)
        {
            var resting = level[0];
            if (mode != SelfTradePrevention.None && resting.Participant == incoming.Participant)
            {
                if (PreventSelfTrade(book, incoming, resting, mode)) return true;
                continue;
            }
            long quantity = Math.Min(incoming.Remaining, resting.Visible);
            incoming.Remaining -= quantity;
            resting.Remaining -= quantity;
            resting.Visible -= quantity;
            book.RecordTrade(price, quantity);
            var (buy, sell) = incoming.IsBuy ? (incoming, resting) : (resting, incoming);
            _log.OnTradeExecuted(new TradeExecuted(_clock, book.Id, _nextMatchId++, incoming.Side, buy.OrderId, buy.Participant,
                buy.ClientOrderId, sell.OrderId, sell.Participant, sell.ClientOrderId, price, quantity, buy.Remaining, sell.Remaining));
            if (resting.Visible > 0) PublishOrder(book, resting, BookOrderAction.Modified);
            else if (resting.Remaining == 0)
            {
                PublishOrder(book, resting, BookOrderAction.Removed);
                book.Detach(resting);
            }
            else RefillIceberg(book, resting);
        }
        return false;
    }

    /// <summary>An iceberg whose peak is used up shows its next peak at the back of its level (it loses time priority).</summary>
    private void RefillIceberg(ReferenceBook book, ReferenceOrder order)
    {
        PublishOrder(book, order, BookOrderAction.Removed);
        order.Visible = order.FreshPeak;
        book.MoveToBack(order);
        PublishOrder(book, order, BookOrderAction.Added);
    }

    /// <summary>
    /// The incoming participant's mode decides what happens instead of a self-trade. Returns true when the incoming
    /// order ends (its remainder is then cancelled as self-trade prevented).
    /// </summary>
    private bool PreventSelfTrade(ReferenceBook book, ReferenceOrder incoming, ReferenceOrder resting, SelfTradePrevention mode)
    {
        switch (mode)
        {
            case SelfTradePrevention.CancelResting:
                RemoveOpenOrder(book, resting, ResultCode.SelfTradePrevented, publishLevel: false);
                return false;
            case SelfTradePrevention.CancelIncoming:
                return true;
            case SelfTradePrevention.CancelBoth:
                RemoveOpenOrder(book, resting, ResultCode.SelfTradePrevented, publishLevel: false);
                return true;
            case SelfTradePrevention.Decrement:
                long quantity = Math.Min(incoming.Remaining, resting.Remaining);
                if (quantity == resting.Remaining) RemoveOpenOrder(book, resting, ResultCode.SelfTradePrevented, publishLevel: false);
                else
                {
                    ReduceInPlace(book, resting, resting.Remaining - quantity);
                    PublishAmended(book, resting, keptPriority: true);
                }
                // An incoming order decremented to nothing ends as a self-trade cancel of what it had left.
                if (quantity == incoming.Remaining) return true;
                incoming.Remaining -= quantity;
                PublishAmended(book, incoming, keptPriority: true);
                return false;
            default:
                throw new InvalidOperationException($"self-trade prevention mode {mode}");
        }
    }

    /// <summary>
    /// Fill-or-kill: would the sweep fill the whole quantity now? A dry run of the sweep on copies of the opposite
    /// levels: best level first, inside the limit and the trade collars (the dynamic collar following each level
    /// taken), oldest order first, used-up iceberg peaks refilled at the back of their level. An own order met while
    /// self-trade prevention is on ends the run as a failure (it would stop or shrink the order), except in
    /// cancel-resting mode, where it is only skipped.
    /// </summary>
    private bool CouldFillCompletely(ReferenceBook book, ReferenceOrder order)
    {
        var mode = SelfTradePreventionOf(order.Participant);
        long needed = order.Remaining;
        long lastPrice = book.LastPrice;
        foreach (var (price, level) in book.OppositeLevels(order.Side))
        {
            if (!order.AcceptsPrice(price) || !book.InsideTradeCollars(price, lastPrice)) return false;
            var queue = new Queue<(int Participant, long Shown, long Remaining, long Peak)>(
                level.Select(o => (o.Participant, o.Visible, o.Remaining, o.DisplaySize)));
            while (queue.TryDequeue(out var resting))
            {
                if (mode != SelfTradePrevention.None && resting.Participant == order.Participant)
                {
                    if (mode == SelfTradePrevention.CancelResting) continue;
                    return false;
                }
                long quantity = Math.Min(needed, resting.Shown);
                needed -= quantity;
                if (needed == 0) return true;
                long left = resting.Remaining - quantity;
                if (left > 0 && resting.Peak > 0) queue.Enqueue((resting.Participant, Math.Min(resting.Peak, left), left, resting.Peak));
            }
            lastPrice = price;
        }
        return false;
    }

    /// <summary>
    /// In continuous trading, enters every stop whose trigger the last trade price has reached (buy: last at or above
    /// the stop; sell: at or below), oldest first, one at a time, rescanning after each because its trades move the price.
    /// </summary>
    private void TriggerStops(ReferenceBook book)
    {
        _cascading = true;
        while (book.Phase == TradingPhase.Continuous && book.LastPrice > 0)
        {
            long last = book.LastPrice;
            var stop = book.Stops.FirstOrDefault(s => s.IsBuy ? last >= s.StopPrice : last <= s.StopPrice);
            if (stop is null) break;
            book.Detach(stop);
            stop.Type = stop.Type == OrderType.Stop ? OrderType.Market : OrderType.Limit;
            _log.OnOrderTriggered(new OrderTriggered(_clock, book.Id, stop.OrderId, stop.Participant, stop.ClientOrderId, stop.Side, stop.StopPrice, last));
            MatchIncoming(book, stop);
        }
        _cascading = false;
    }

    private void CancelIncoming(ReferenceBook book, ReferenceOrder order, ResultCode code) =>
        _log.OnOrderCancelled(new OrderCancelled(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId, order.Side, order.Remaining, code));

    /// <summary>A limit order joins the back of its level, showing a fresh peak (an incoming order's trades reduced only its remainder).</summary>
    private void AddToBook(ReferenceBook book, ReferenceOrder order)
    {
        order.Visible = order.FreshPeak;
        book.AppendToLevel(order);
        PublishOrder(book, order, BookOrderAction.Added);
        PublishLevel(book, order.Side, order.Price);
    }

    /// <summary>In a call phase orders wait without matching: market orders in the market queue, the rest in the book.</summary>
    private void RestInCall(ReferenceBook book, ReferenceOrder order)
    {
        if (order.Type != OrderType.Market)
        {
            AddToBook(book, order);
            return;
        }
        order.Visible = order.Remaining;
        book.MarketQueue(order.Side).Add(order);
        order.Location = OrderLocation.MarketQueue;
    }

    /// <summary>Lowers a resting order's remaining quantity where it stands; an iceberg loses hidden quantity first.</summary>
    private void ReduceInPlace(ReferenceBook book, ReferenceOrder order, long newRemaining)
    {
        order.Visible = Math.Min(order.Visible, newRemaining);
        order.Remaining = newRemaining;
        PublishOrder(book, order, BookOrderAction.Modified);
    }
}
