using SocialExchange.Matching.Books;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>Cancels one open order. Allowed in every phase, so a participant can always withdraw.</summary>
    public void Cancel(in CancelOrder command)
    {
        if (!BeginCommand(command.Time, CommandKind.CancelOrder, command.Instrument, command.Participant, command.ClientOrderId)) return;
        var code = FindOpenOrder(command.Time, command.Instrument, command.Participant, command.ClientOrderId, out var book, out int slot);
        if (code != ResultCode.Ok)
        {
            Reject(command.Time, CommandKind.CancelOrder, command.Instrument, command.Participant, command.ClientOrderId, 0, code);
            return;
        }
        _clock = command.Time;
        RemoveOpenOrder(book!, slot, ResultCode.CancelledByParticipant);
        AfterBookChange(book!);
    }

    /// <summary>
    /// Changes an open order's price and remaining quantity. Same price with a smaller quantity keeps time priority;
    /// anything else loses it, and in continuous trading an order that now crosses trades at once.
    /// </summary>
    public void Amend(in AmendOrder command)
    {
        if (!BeginCommand(command.Time, CommandKind.AmendOrder, command.Instrument, command.Participant, command.ClientOrderId)) return;
        var code = FindOpenOrder(command.Time, command.Instrument, command.Participant, command.ClientOrderId, out var book, out int slot);
        if (code == ResultCode.Ok) code = ValidateAmend(book!, slot, in command);
        if (code == ResultCode.Ok && _ledger is not null) code = CheckAmend(book!, ref _pool[slot], command.NewPrice, command.NewQuantity);
        if (code != ResultCode.Ok)
        {
            long orderId = code is ResultCode.UnknownOrder or ResultCode.UnknownInstrument ? 0 : _pool[slot].OrderId;
            Reject(command.Time, CommandKind.AmendOrder, command.Instrument, command.Participant, command.ClientOrderId, orderId, code);
            return;
        }
        _clock = command.Time;
        ref var order = ref _pool[slot];
        var ladder = book!.Ladder(order.Side);
        int level = ladder.IndexOf(order.Price);
        bool keepsPriority = command.NewPrice == order.Price && command.NewQuantity < order.Remaining;
        if (keepsPriority)
        {
            ReduceResting(book, ladder, level, slot, command.NewQuantity);
            _handler.OnOrderAmended(new OrderAmended(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId,
                order.Side, order.Price, order.Remaining, KeptPriority: true));
            PublishLevel(book, ladder, level);
        }
        else
        {
            if (_publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Removed);
            ladder.Unlink(_pool, slot, level);
            PublishLevel(book, ladder, level);
            if (_ledger is not null) ReleaseDownTo(book, ref order, 0);
            order.Price = command.NewPrice;
            order.ProtectionPrice = command.NewPrice;
            order.Remaining = command.NewQuantity;
            if (_ledger is not null) Reserve(book, ref order);
            order.Visible = order.DisplaySize > 0 ? Math.Min(order.DisplaySize, command.NewQuantity) : command.NewQuantity;
            _handler.OnOrderAmended(new OrderAmended(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId,
                order.Side, order.Price, order.Remaining, KeptPriority: false));
            if (book.Phase == TradingPhase.Continuous)
            {
                // Re-enter as an incoming order: it may trade now. It leaves the open-order map until it rests again.
                _openOrders.Remove(KeyOf(order.Participant, order.ClientOrderId));
                order.State = OrderState.Incoming;
                MatchIncoming(book, slot);
            }
            else
            {
                Rest(book, slot);
            }
        }
        AfterBookChange(book);
    }

    private ResultCode ValidateAmend(OrderBook book, int slot, in AmendOrder c)
    {
        ref var order = ref _pool[slot];
        if (order.State == OrderState.WaitingForTrigger) return ResultCode.StopOrderNotAmendable;
        if (order.State == OrderState.QueuedMarket) return ResultCode.UnsupportedCombination;
        if (book.Phase is not (TradingPhase.Continuous or TradingPhase.PreOpen or TradingPhase.VolatilityAuction
            or TradingPhase.PreCloseCall or TradingPhase.CallAuction)) return ResultCode.WrongPhase;
        if (c.NewQuantity <= 0) return ResultCode.QuantityNotPositive;
        if (c.NewQuantity % book.LotSize != 0) return ResultCode.QuantityNotMultipleOfLot;
        if (c.NewPrice <= 0) return ResultCode.PriceNotPositive;
        if (!book.Ticks.IsOnTick(c.NewPrice)) return ResultCode.PriceOffTick;
        if (c.NewPrice == order.Price && c.NewQuantity == order.Remaining) return ResultCode.AmendChangesNothing;
        if (c.NewPrice != order.Price)
        {
            var code = CheckLimitPrice(book, c.NewPrice);
            if (code != ResultCode.Ok) return code;
        }
        if (book.MinimumNotional > 0 && Math.BigMul(c.NewPrice, c.NewQuantity) < book.MinimumNotional) return ResultCode.BelowMinimumOrderValue;
        if ((order.Flags & OrderFlags.PostOnly) != 0 && book.Phase == TradingPhase.Continuous)
        {
            var opposite = book.Opposite(order.Side);
            if (opposite.BestIndex >= 0 && Crosses(order.Side, c.NewPrice, opposite.BestPrice)) return ResultCode.PostOnlyWouldTake;
        }
        return ResultCode.Ok;
    }

    /// <summary>
    /// Kill switch: cancels every open order of a participant on one instrument or on all, or every order on one
    /// instrument. Orders go in a fixed order (instrument id, bids best first, asks best first, queued market
    /// orders, stops by arrival), so the event stream is reproducible.
    /// </summary>
    public void MassCancel(in MassCancel command)
    {
        if (!BeginCommand(command.Time, CommandKind.MassCancel, command.Instrument, command.Participant, 0)) return;
        ResultCode code = ResultCode.Ok;
        if (command.Instrument == 0 && command.Participant == 0) code = ResultCode.UnsupportedCombination;
        else if (command.Participant is < 0 or > MaxParticipant) code = ResultCode.InvalidParticipant;
        else if (command.Instrument != 0 && TryGetBook(command.Instrument) is null) code = ResultCode.UnknownInstrument;
        if (code != ResultCode.Ok)
        {
            Reject(command.Time, CommandKind.MassCancel, command.Instrument, command.Participant, 0, 0, code);
            return;
        }
        _clock = command.Time;
        foreach (var book in _booksInIdOrder)
        {
            if (command.Instrument != 0 && book.Id != command.Instrument) continue;
            int participant = command.Participant;
            if (RemoveOrdersWhere(book, ResultCode.CancelledByMassCancel, participant, static (in Order o, int p) => p == 0 || o.Participant == p) > 0)
                AfterBookChange(book);
        }
    }

    private delegate bool OrderFilter(in Order order, int argument);

    /// <summary>Removes every open order of <paramref name="book"/> that <paramref name="filter"/> selects, in the fixed order; returns how many.</summary>
    private int RemoveOrdersWhere(OrderBook book, ResultCode code, int argument, OrderFilter filter)
    {
        int removed = 0;
        for (int side = 0; side < 2; side++)
        {
            var ladder = side == 0 ? book.Bids : book.Asks;
            for (int level = ladder.BestIndex; level >= 0;)
            {
                int nextLevel = ladder.NextWorse(level);
                for (int slot = ladder.Level(level).Head; slot >= 0;)
                {
                    int next = _pool[slot].Next;
                    if (filter(in _pool[slot], argument)) { RemoveOpenOrder(book, slot, code); removed++; }
                    slot = next;
                }
                level = nextLevel;
            }
        }
        for (int queue = 0; queue < 2; queue++)
        {
            for (int slot = queue == 0 ? book.MarketBuys.Head : book.MarketSells.Head; slot >= 0;)
            {
                int next = _pool[slot].Next;
                if (filter(in _pool[slot], argument)) { RemoveOpenOrder(book, slot, code); removed++; }
                slot = next;
            }
        }
        for (int i = 0; i < book.Stops.Count;)
        {
            int slot = book.Stops[i];
            if (filter(in _pool[slot], argument)) { RemoveOpenOrder(book, slot, code); removed++; }
            else i++;
        }
        return removed;
    }

    /// <summary>
    /// Takes an open order out of wherever it is (level, market queue, stop list), reports its end with
    /// <paramref name="code"/> (an expiry code reports <see cref="OrderExpired"/>, any other <see cref="OrderCancelled"/>)
    /// and frees its slot.
    /// </summary>
    private void RemoveOpenOrder(OrderBook book, int slot, ResultCode code, bool publishLevel = true)
    {
        ref var order = ref _pool[slot];
        switch (order.State)
        {
            case OrderState.Resting:
                var ladder = book.Ladder(order.Side);
                int level = ladder.IndexOf(order.Price);
                if (_publishOrders) EmitBookOrder(book, ref order, BookOrderAction.Removed);
                ladder.Unlink(_pool, slot, level);
                if (publishLevel) PublishLevel(book, ladder, level);
                break;
            case OrderState.QueuedMarket:
                if (order.Side == Side.Buy) book.MarketBuys.Unlink(_pool, slot); else book.MarketSells.Unlink(_pool, slot);
                break;
            case OrderState.WaitingForTrigger:
                book.Stops.Remove(slot);
                break;
        }
        _openOrders.Remove(KeyOf(order.Participant, order.ClientOrderId));
        if (code is ResultCode.ExpiredEndOfDay or ResultCode.ExpiredGoodTillDate or ResultCode.ExpiredAfterAuction)
            _handler.OnOrderExpired(new OrderExpired(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId, order.Side, order.Remaining, code));
        else
            _handler.OnOrderCancelled(new OrderCancelled(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId, order.Side, order.Remaining, code));
        ReleaseRemaining(book, ref order);
        _pool.Return(slot);
    }

    /// <summary>Finds an open order by its owner's client order id, checking it belongs to the named instrument.</summary>
    private ResultCode FindOpenOrder(long time, int instrument, int participant, long clientOrderId, out OrderBook? book, out int slot)
    {
        slot = -1;
        book = TryGetBook(instrument);
        if (book is null) return ResultCode.UnknownInstrument;
        if (participant is < 1 or > MaxParticipant || clientOrderId is < 1 or > MaxClientOrderId) return ResultCode.UnknownOrder;
        if (!_openOrders.TryGetValue(KeyOf(participant, clientOrderId), out slot) || _pool[slot].Instrument != instrument)
        {
            slot = -1;
            return ResultCode.UnknownOrder;
        }
        return ResultCode.Ok;
    }

    /// <summary>What every command that changed a book publishes afterwards: the indicative uncross in a call phase, and level 1.</summary>
    private void AfterBookChange(OrderBook book)
    {
        if (book.InCallPhase) PublishIndicative(book);
        PublishBestBidOffer(book);
    }
}
