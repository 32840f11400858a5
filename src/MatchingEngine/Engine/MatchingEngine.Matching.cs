using System.Runtime.CompilerServices;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>How an incoming order's sweep of the opposite side ended.</summary>
    private enum SweepEnd : byte
    {
        /// <summary>Filled, or no more opposite orders within its limit.</summary>
        Done,

        /// <summary>Self-trade prevention cancelled the incoming order's remainder.</summary>
        SelfTradeCancelled,

        /// <summary>The next trade would breach a trade collar: continuous trading stops.</summary>
        CollarBreached,
    }

    /// <summary>
    /// Continuous trading: matches the incoming order in <paramref name="slot"/> against the opposite side by
    /// price-time priority, then rests, cancels or queues what is left according to its type and time in force.
    /// </summary>
    private void MatchIncoming(OrderBook book, int slot)
    {
        ref var order = ref _pool[slot];
        if (order.TimeInForce == TimeInForce.FillOrKill && !CanFillCompletely(book, slot))
        {
            EndIncoming(book, slot, ResultCode.FillOrKillNotFillable);
            return;
        }

        long lastBefore = book.LastPrice;
        var end = Sweep(book, slot);
        order = ref _pool[slot];
        if (end == SweepEnd.SelfTradeCancelled)
        {
            EndIncoming(book, slot, ResultCode.SelfTradePrevented);
        }
        else if (order.Remaining == 0)
        {
            _pool.Return(slot);
        }
        else if (end == SweepEnd.CollarBreached)
        {
            StartVolatilityAuction(book);
            if (order.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
                EndIncoming(book, slot, ResultCode.CancelledByVolatilityInterruption);
            else if (_ledger is not null && order.Type == OrderType.Market && order.Side == Side.Buy && !ReserveForCall(book, ref order))
                EndIncoming(book, slot, ResultCode.InsufficientCash);
            else
                RestInCall(book, slot);
            PublishIndicative(book);
        }
        else if (order.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            EndIncoming(book, slot, ResultCode.ImmediateOrCancelRemainder);
        }
        else if (order.Type == OrderType.Market)
        {
            EndIncoming(book, slot, ResultCode.MarketOrderRemainder);
        }
        else
        {
            _openOrders.TryAdd(KeyOf(order.Participant, order.ClientOrderId), slot);
            Rest(book, slot);
        }
        if (book.LastPrice != lastBefore && book.Stops.Count > 0 && !_triggeringStops) TriggerStops(book);
    }

    /// <summary>Ends an incoming order that never rested: its remainder is cancelled with <paramref name="code"/>.</summary>
    private void EndIncoming(OrderBook book, int slot, ResultCode code)
    {
        ref var order = ref _pool[slot];
        _handler.OnOrderCancelled(new OrderCancelled(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId,
            order.Side, order.Remaining, code));
        ReleaseRemaining(book, ref order);
        _pool.Return(slot);
    }

    /// <summary>Trades the incoming order level by level, best first, until filled, out of limit, or stopped by a control.</summary>
    private SweepEnd Sweep(OrderBook book, int slot)
    {
        ref var incoming = ref _pool[slot];
        var opposite = book.Opposite(incoming.Side);
        bool isBuy = incoming.Side == Side.Buy;
        long limit = incoming.ProtectionPrice;
        var selfTrade = SelfTradePreventionOf(incoming.Participant);
        while (incoming.Remaining > 0)
        {
            int level = opposite.BestIndex;
            if (level < 0) return SweepEnd.Done;
            long price = opposite.PriceAt(level);
            if (isBuy ? price > limit : price < limit) return SweepEnd.Done;
            if (!book.InsideTradeCollars(price)) return SweepEnd.CollarBreached;
            ref var visited = ref opposite.Level(level);
            long shownBefore = visited.Visible;
            int countBefore = visited.Count;
            bool selfTradeCancelled = MatchLevel(book, opposite, level, price, slot, selfTrade);
            // Once per level visited, after everything that happened there, and only if what it shows changed
            // (self-trade prevention can stop the sweep at a level without touching it).
            if (visited.Visible != shownBefore || visited.Count != countBefore) PublishLevel(book, opposite, level);
            if (selfTradeCancelled) return SweepEnd.SelfTradeCancelled;
            incoming = ref _pool[slot];
        }
        return SweepEnd.Done;
    }

    /// <summary>
    /// Trades the incoming order against one level in time priority. Returns true when self-trade prevention
    /// cancels the incoming order. Iceberg peaks that are used up refill from the hidden part and go to the back
    /// of the level (they lose time priority), where this same sweep may reach them again.
    /// </summary>
    private bool MatchLevel(OrderBook book, PriceLadder ladder, int level, long price, int incomingSlot, SelfTradePrevention selfTrade)
    {
        ref var incoming = ref _pool[incomingSlot];
        int current = ladder.Level(level).Head;
        while (current >= 0 && incoming.Remaining > 0)
        {
            ref var resting = ref _pool[current];
            int next = resting.Next;
            if (selfTrade != SelfTradePrevention.None && resting.Participant == incoming.Participant)
            {
                if (PreventSelfTrade(book, ladder, level, current, incomingSlot, selfTrade)) return true;
                current = next;
                continue;
            }

            long quantity = Math.Min(incoming.Remaining, resting.Visible);
            incoming.Remaining -= quantity;
            resting.Remaining -= quantity;
            resting.Visible -= quantity;
            ladder.Level(level).Visible -= quantity;
            book.RecordTrade(price, quantity);
            EmitTrade(book, incoming.Side, ref incoming, ref resting, price, quantity);
            if (_ledger is not null) BookContinuousTrade(book, ref incoming, ref resting, price, quantity);

            if (resting.Visible > 0)
            {
                if (_publishOrders) EmitBookOrder(book, ref resting, BookOrderAction.Modified);
            }
            else if (resting.Remaining == 0)
            {
                if (_publishOrders) EmitBookOrder(book, ref resting, BookOrderAction.Removed);
                ladder.Unlink(_pool, current, level);
                _openOrders.Remove(KeyOf(resting.Participant, resting.ClientOrderId));
                _pool.Return(current);
            }
            else
            {
                RefillIceberg(book, ladder, level, current);
                if (next < 0) next = current;
            }
            current = next;
        }
        return false;
    }

    /// <summary>Shows the next peak of an iceberg whose displayed part is used up, at the back of its level.</summary>
    private void RefillIceberg(OrderBook book, PriceLadder ladder, int level, int slot)
    {
        ref var order = ref _pool[slot];
        if (_publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Removed);
        ladder.Unlink(_pool, slot, level);
        order.Visible = Math.Min(order.DisplaySize, order.Remaining);
        ladder.Append(_pool, slot, level);
        if (_publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Added);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitTrade(OrderBook book, Side aggressor, ref Order incoming, ref Order resting, long price, long quantity)
    {
        ref var buy = ref incoming.Side == Side.Buy ? ref incoming : ref resting;
        ref var sell = ref incoming.Side == Side.Buy ? ref resting : ref incoming;
        _handler.OnTradeExecuted(new TradeExecuted(_clock, book.Id, _nextMatchId++, aggressor,
            buy.OrderId, buy.Participant, buy.ClientOrderId, sell.OrderId, sell.Participant, sell.ClientOrderId,
            price, quantity, buy.Remaining, sell.Remaining));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitBookOrder(OrderBook book, ref Order order, BookOrderAction action) =>
        _handler.OnBookOrderChanged(new BookOrderChanged(_clock, book.Id, order.OrderId, order.Side, order.Price,
            action == BookOrderAction.Removed ? 0 : order.Visible, action));

    /// <summary>
    /// Applies the incoming participant's self-trade prevention against a resting order of its own.
    /// Returns true when the incoming order's remainder must be cancelled.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool PreventSelfTrade(OrderBook book, PriceLadder ladder, int level, int restingSlot, int incomingSlot, SelfTradePrevention mode)
    {
        ref var incoming = ref _pool[incomingSlot];
        switch (mode)
        {
            case SelfTradePrevention.CancelResting:
                RemoveOpenOrder(book, restingSlot, ResultCode.SelfTradePrevented, publishLevel: false);
                return false;
            case SelfTradePrevention.CancelIncoming:
                return true;
            case SelfTradePrevention.CancelBoth:
                RemoveOpenOrder(book, restingSlot, ResultCode.SelfTradePrevented, publishLevel: false);
                return true;
            default: // Decrement: both shrink by the smaller quantity, no trade.
                ref var resting = ref _pool[restingSlot];
                long quantity = Math.Min(incoming.Remaining, resting.Remaining);
                if (quantity == resting.Remaining)
                {
                    RemoveOpenOrder(book, restingSlot, ResultCode.SelfTradePrevented, publishLevel: false);
                }
                else
                {
                    ReduceResting(book, ladder, level, restingSlot, resting.Remaining - quantity);
                    _handler.OnOrderAmended(new OrderAmended(_clock, book.Id, resting.OrderId, resting.Participant, resting.ClientOrderId,
                        resting.Side, resting.Price, resting.Remaining, KeptPriority: true));
                }
                if (_ledger is not null && quantity < incoming.Remaining) ReleaseDownTo(book, ref incoming, incoming.Remaining - quantity);
                incoming.Remaining -= quantity;
                if (incoming.Remaining == 0)
                {
                    // The incoming order is used up without trading: report its end as a self-trade cancel of the decremented quantity.
                    incoming.Remaining = quantity;
                    return true;
                }
                _handler.OnOrderAmended(new OrderAmended(_clock, book.Id, incoming.OrderId, incoming.Participant, incoming.ClientOrderId,
                    incoming.Side, incoming.Price, incoming.Remaining, KeptPriority: true));
                return false;
        }
    }

    /// <summary>Lowers a resting order's remaining quantity in place (it keeps its priority).</summary>
    private void ReduceResting(OrderBook book, PriceLadder ladder, int level, int slot, long newRemaining)
    {
        ref var order = ref _pool[slot];
        ref var l = ref ladder.Level(level);
        if (_ledger is not null) ReleaseDownTo(book, ref order, newRemaining);
        long newVisible = Math.Min(order.Visible, newRemaining);
        l.Visible += newVisible - order.Visible;
        l.Hidden += (newRemaining - newVisible) - (order.Remaining - order.Visible);
        order.Remaining = newRemaining;
        order.Visible = newVisible;
        if (_publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Modified);
    }

    /// <summary>
    /// Fill-or-kill check: could the order fill completely now, inside its limit and the trade collars? Hidden iceberg
    /// quantity counts (the sweep reaches it through refills). With self-trade prevention on, the check walks the
    /// orders in priority: an own order that would stop or shrink the incoming one (any mode but cancel-resting)
    /// ends the count there, and hidden quantity of a level counts only when the sweep gets through the level.
    /// </summary>
    private bool CanFillCompletely(OrderBook book, int slot)
    {
        ref var order = ref _pool[slot];
        var opposite = book.Opposite(order.Side);
        bool isBuy = order.Side == Side.Buy;
        var selfTrade = SelfTradePreventionOf(order.Participant);
        long needed = order.Remaining;
        long lastPrice = book.LastPrice;
        for (int level = opposite.BestIndex; level >= 0; level = opposite.NextWorse(level))
        {
            long price = opposite.PriceAt(level);
            if (isBuy ? price > order.ProtectionPrice : price < order.ProtectionPrice) return false;
            if (!book.InsideTradeCollars(price, lastPrice)) return false;
            ref var l = ref opposite.Level(level);
            if (selfTrade == SelfTradePrevention.None)
            {
                needed -= l.Visible + l.Hidden;
            }
            else
            {
                long hidden = 0;
                for (int i = l.Head; i >= 0; i = _pool[i].Next)
                {
                    ref var resting = ref _pool[i];
                    if (resting.Participant == order.Participant)
                    {
                        if (selfTrade == SelfTradePrevention.CancelResting) continue;
                        return false;
                    }
                    needed -= resting.Visible;
                    if (needed <= 0) return true;
                    hidden += resting.Remaining - resting.Visible;
                }
                needed -= hidden;
            }
            if (needed <= 0) return true;
            lastPrice = price;
        }
        return false;
    }

    /// <summary>Starts a volatility auction: the base duration plus a seeded random extension.</summary>
    private void StartVolatilityAuction(OrderBook book)
    {
        var controls = book.Spec.PriceControls;
        book.PhaseEndTime = _clock + controls.VolatilityAuctionDuration + RandomExtension(controls.VolatilityAuctionMaxRandomExtension);
        NoteTimer(book.PhaseEndTime);
        ChangePhase(book, TradingPhase.VolatilityAuction);
    }

    /// <summary>A uniform draw in [0, <paramref name="max"/>] from the engine's seeded generator.</summary>
    private long RandomExtension(long max) => max <= 0 ? 0 : (long)(_random.Next() % (ulong)(max + 1));

    /// <summary>
    /// Continuous trading only: enters every stop order whose trigger the last trade price has reached, oldest
    /// first, as a market (stop) or limit (stop-limit) order with new time priority. Trades they make can trigger
    /// further stops, so the scan repeats until none fires.
    /// </summary>
    private void TriggerStops(OrderBook book)
    {
        // Orders entered by a trigger do not scan again themselves: this loop rescans after each, which keeps
        // a cascade of stops iterative instead of recursive.
        _triggeringStops = true;
        try
        {
            TriggerStopsLoop(book);
        }
        finally
        {
            _triggeringStops = false;
        }
    }

    private void TriggerStopsLoop(OrderBook book)
    {
        while (book.Phase == TradingPhase.Continuous && book.LastPrice > 0)
        {
            int found = -1;
            var stops = book.Stops;
            for (int i = 0; i < stops.Count; i++)
            {
                ref var stop = ref _pool[stops[i]];
                if (stop.Side == Side.Buy ? book.LastPrice >= stop.StopPrice : book.LastPrice <= stop.StopPrice)
                {
                    found = i;
                    break;
                }
            }
            if (found < 0) return;
            int slot = stops[found];
            stops.RemoveAt(found);
            ref var order = ref _pool[slot];
            _openOrders.Remove(KeyOf(order.Participant, order.ClientOrderId));
            order.State = OrderState.Incoming;
            order.Type = order.Type == OrderType.Stop ? OrderType.Market : OrderType.Limit;
            _handler.OnOrderTriggered(new OrderTriggered(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId,
                order.Side, order.StopPrice, book.LastPrice));
            MatchIncoming(book, slot);
        }
    }
}
