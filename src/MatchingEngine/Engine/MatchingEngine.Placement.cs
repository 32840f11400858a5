using System.Numerics;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>
    /// Enters a new order: validated (a rejection changes nothing), accepted, then matched in continuous trading,
    /// queued in a call phase, or parked until its trigger for stop orders.
    /// </summary>
    public void Place(in PlaceOrder command)
    {
        if (!BeginCommand(command.Time, CommandKind.PlaceOrder, command.Instrument, command.Participant, command.ClientOrderId)) return;
        var book = TryGetBook(command.Instrument);
        long price = command.Price;
        var code = book is null ? ResultCode.UnknownInstrument : ValidatePlace(book, in command, ref price);
        long protection = 0, reservation = 0;
        if (code == ResultCode.Ok) code = CheckAccount(book!, in command, price, out protection, out reservation);
        if (code != ResultCode.Ok)
        {
            Reject(command.Time, CommandKind.PlaceOrder, command.Instrument, command.Participant, command.ClientOrderId, 0, code);
            return;
        }
        _clock = command.Time;
        RaiseClientOrderIdMark(command.Participant, command.ClientOrderId);

        int slot = _pool.Rent();
        ref var order = ref _pool[slot];
        order.OrderId = _nextOrderId++;
        order.ClientOrderId = command.ClientOrderId;
        order.Participant = command.Participant;
        order.Instrument = command.Instrument;
        order.Side = command.Side;
        order.Type = command.Type;
        order.TimeInForce = command.TimeInForce;
        order.Flags = command.Flags;
        order.Price = price;
        order.ProtectionPrice = protection;
        order.StopPrice = command.StopPrice;
        order.Remaining = command.Quantity;
        order.DisplaySize = command.DisplayQuantity;
        order.Visible = command.DisplayQuantity > 0 ? command.DisplayQuantity : command.Quantity;
        order.ExpireTime = command.ExpireTime;
        if (_ledger is not null) Reserve(book!, ref order, reservation);
        _handler.OnOrderAccepted(new OrderAccepted(_clock, command.Instrument, order.OrderId, order.Participant, order.ClientOrderId,
            order.Side, order.Type, order.TimeInForce, price, order.StopPrice, order.Remaining));
        if (order.TimeInForce == TimeInForce.GoodTillDate)
        {
            _expiries.Push(order.ExpireTime, order.OrderId, slot);
            NoteTimer(order.ExpireTime);
        }

        if (order.Type is OrderType.Stop or OrderType.StopLimit)
        {
            order.State = OrderState.WaitingForTrigger;
            _openOrders.TryAdd(KeyOf(order.Participant, order.ClientOrderId), slot);
            book!.Stops.Add(slot);
            TriggerStops(book);
        }
        else if (book!.Phase == TradingPhase.Continuous)
        {
            MatchIncoming(book, slot);
        }
        else
        {
            RestInCall(book, slot);
            PublishIndicative(book);
        }
        PublishBestBidOffer(book);
    }

    /// <summary>Every check a new order must pass, cheapest and most basic first; returns the first failure.</summary>
    /// <param name="price">The limit price; a post-only order that reprices, or a market-to-limit order, gets its price here.</param>
    private ResultCode ValidatePlace(OrderBook book, in PlaceOrder c, ref long price)
    {
        if (c.Participant is < 1 or > MaxParticipant) return ResultCode.InvalidParticipant;
        if (c.ClientOrderId is < 1 or > MaxClientOrderId) return ResultCode.InvalidClientOrderId;
        if (book.Kind == InstrumentKind.NonTransferable) return ResultCode.InstrumentNotTransferable;
        if (book.Model == TradingModelKind.PrimaryOnly) return ResultCode.NoSecondaryTrading;
        if (c.Side is not (Side.Buy or Side.Sell)) return ResultCode.InvalidSide;
        if (c.Type is < OrderType.Limit or > OrderType.MarketToLimit) return ResultCode.InvalidOrderType;
        if (c.TimeInForce is < TimeInForce.Day or > TimeInForce.AtTheClose) return ResultCode.InvalidTimeInForce;
        if (c.Quantity <= 0) return ResultCode.QuantityNotPositive;
        if (c.Quantity % book.LotSize != 0) return ResultCode.QuantityNotMultipleOfLot;

        bool hasLimit = c.Type is OrderType.Limit or OrderType.StopLimit;
        if (hasLimit)
        {
            if (c.Price <= 0) return ResultCode.PriceNotPositive;
            if (!book.Ticks.IsOnTick(c.Price)) return ResultCode.PriceOffTick;
        }
        else if (c.Price != 0) return ResultCode.UnsupportedCombination;

        bool isStop = c.Type is OrderType.Stop or OrderType.StopLimit;
        if (isStop ? c.StopPrice <= 0 || !book.Ticks.IsOnTick(c.StopPrice) : c.StopPrice != 0) return ResultCode.InvalidStopPrice;
        if (c.DisplayQuantity != 0 &&
            (c.Type != OrderType.Limit || c.DisplayQuantity < 0 || c.DisplayQuantity >= c.Quantity || c.DisplayQuantity % book.LotSize != 0))
            return ResultCode.InvalidDisplayQuantity;
        if (c.TimeInForce == TimeInForce.GoodTillDate ? c.ExpireTime <= c.Time : c.ExpireTime != 0) return ResultCode.ExpiryTimeNotInFuture;
        if ((c.Flags & ~(OrderFlags.PostOnly | OrderFlags.RepriceIfTaking)) != 0) return ResultCode.UnsupportedCombination;
        bool postOnly = (c.Flags & OrderFlags.PostOnly) != 0;
        if ((c.Flags & OrderFlags.RepriceIfTaking) != 0 && !postOnly) return ResultCode.UnsupportedCombination;
        bool immediate = c.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill;
        if (postOnly && (c.Type != OrderType.Limit || immediate)) return ResultCode.UnsupportedCombination;
        if (c.Type == OrderType.Market && c.TimeInForce is TimeInForce.GoodTillCancelled or TimeInForce.GoodTillDate)
            return ResultCode.UnsupportedCombination;
        if (isStop && c.TimeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose) return ResultCode.UnsupportedCombination;

        var code = CheckPhaseAccepts(book, c.Type, c.TimeInForce);
        if (code != ResultCode.Ok) return code;

        if (hasLimit)
        {
            code = CheckLimitPrice(book, c.Price);
            if (code != ResultCode.Ok) return code;
            if (book.MinimumNotional > 0 && Math.BigMul(c.Price, c.Quantity) < book.MinimumNotional) return ResultCode.BelowMinimumOrderValue;
        }
        if (isStop && !book.Bids.Contains(c.StopPrice)) return ResultCode.InvalidStopPrice;

        if (book.Phase == TradingPhase.Continuous)
        {
            var opposite = book.Opposite(c.Side);
            if (c.Type == OrderType.MarketToLimit)
            {
                if (opposite.BestIndex < 0) return ResultCode.NoOppositeLiquidity;
                price = opposite.BestPrice;
            }
            else if (postOnly && opposite.BestIndex >= 0 && Crosses(c.Side, c.Price, opposite.BestPrice))
            {
                if ((c.Flags & OrderFlags.RepriceIfTaking) == 0) return ResultCode.PostOnlyWouldTake;
                price = c.Side == Side.Buy ? book.Ticks.TickDown(opposite.BestPrice) : book.Ticks.TickUp(opposite.BestPrice);
                code = CheckLimitPrice(book, price);
                if (code != ResultCode.Ok) return code;
            }
        }

        if (c.ClientOrderId <= HighestClientOrderIdOf(c.Participant) && _openOrders.TryGetValue(KeyOf(c.Participant, c.ClientOrderId), out _))
            return ResultCode.DuplicateClientOrderId;
        return ResultCode.Ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long HighestClientOrderIdOf(int participant) =>
        participant < _highestClientOrderId.Length ? _highestClientOrderId[participant] : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RaiseClientOrderIdMark(int participant, long clientOrderId)
    {
        if (participant >= _highestClientOrderId.Length) GrowClientOrderIdMarks(participant);
        ref long mark = ref _highestClientOrderId[participant];
        if (clientOrderId > mark) mark = clientOrderId;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowClientOrderIdMarks(int participant) =>
        Array.Resize(ref _highestClientOrderId, (int)BitOperations.RoundUpToPowerOf2((uint)participant + 1));

    /// <summary>Whether the instrument's phase takes an order of this type and time in force now.</summary>
    private static ResultCode CheckPhaseAccepts(OrderBook book, OrderType type, TimeInForce timeInForce)
    {
        switch (book.Phase)
        {
            case TradingPhase.Continuous:
                return timeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose ? ResultCode.WrongPhase : ResultCode.Ok;
            case TradingPhase.PreOpen:
            case TradingPhase.VolatilityAuction:
            case TradingPhase.PreCloseCall:
            case TradingPhase.CallAuction:
                if (timeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill) return ResultCode.WrongPhase;
                if (type == OrderType.MarketToLimit) return ResultCode.WrongPhase;
                if (timeInForce == TimeInForce.AtTheOpen && book.Phase != TradingPhase.PreOpen) return ResultCode.WrongPhase;
                if (timeInForce == TimeInForce.AtTheClose && book.Phase != TradingPhase.PreCloseCall) return ResultCode.WrongPhase;
                return ResultCode.Ok;
            default:
                return ResultCode.WrongPhase;
        }
    }

    /// <summary>A limit price must lie on the ladder and inside the static order collar.</summary>
    private static ResultCode CheckLimitPrice(OrderBook book, long price)
    {
        if (!book.Bids.Contains(price)) return ResultCode.PriceOutsideLadder;
        if (!book.InsideStaticOrderCollar(price)) return ResultCode.PriceOutsideStaticCollar;
        return ResultCode.Ok;
    }

    /// <summary>True when an order on <paramref name="side"/> limited at <paramref name="limit"/> would trade at <paramref name="oppositePrice"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Crosses(Side side, long limit, long oppositePrice) => side == Side.Buy ? oppositePrice <= limit : oppositePrice >= limit;

    /// <summary>Puts an order into a call book without matching: limit orders on the ladder, market orders in the market queue.</summary>
    private void RestInCall(OrderBook book, int slot)
    {
        ref var order = ref _pool[slot];
        order.Visible = order.Remaining;
        _openOrders.TryAdd(KeyOf(order.Participant, order.ClientOrderId), slot);
        if (order.Type == OrderType.Market)
        {
            if (order.Side == Side.Buy) book.MarketBuys.Append(_pool, slot); else book.MarketSells.Append(_pool, slot);
            return;
        }
        Rest(book, slot);
    }

    /// <summary>Appends a limit order at the back of its level and publishes the change.</summary>
    private void Rest(OrderBook book, int slot)
    {
        ref var order = ref _pool[slot];
        // An incoming order's displayed quantity is only set here: the sweep before it reduced Remaining alone.
        order.Visible = order.DisplaySize > 0 ? Math.Min(order.DisplaySize, order.Remaining) : order.Remaining;
        var ladder = book.Ladder(order.Side);
        int level = ladder.IndexOf(order.Price);
        ladder.Append(_pool, slot, level);
        if (_publishOrders)
            _handler.OnBookOrderChanged(new BookOrderChanged(_clock, book.Id, order.OrderId, order.Side, order.Price, order.Visible, BookOrderAction.Added));
        PublishLevel(book, ladder, level);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PublishLevel(OrderBook book, PriceLadder ladder, int level)
    {
        if (!_publishLevels) return;
        ref var l = ref ladder.Level(level);
        _handler.OnPriceLevelChanged(new PriceLevelChanged(_clock, book.Id, ladder.Side, ladder.PriceAt(level), l.Visible, l.Count));
    }

    /// <summary>Publishes level 1 if the best bid or offer (price or displayed quantity) changed since last published.</summary>
    private void PublishBestBidOffer(OrderBook book)
    {
        if (!_publishBestBidOffer) return;
        var bids = book.Bids;
        var asks = book.Asks;
        long bidPrice = 0, bidQuantity = 0, askPrice = 0, askQuantity = 0;
        if (bids.BestIndex >= 0) { bidPrice = bids.PriceAt(bids.BestIndex); bidQuantity = bids.Level(bids.BestIndex).Visible; }
        if (asks.BestIndex >= 0) { askPrice = asks.PriceAt(asks.BestIndex); askQuantity = asks.Level(asks.BestIndex).Visible; }
        if (bidPrice == book.PublishedBidPrice && bidQuantity == book.PublishedBidQuantity &&
            askPrice == book.PublishedAskPrice && askQuantity == book.PublishedAskQuantity) return;
        book.PublishedBidPrice = bidPrice;
        book.PublishedBidQuantity = bidQuantity;
        book.PublishedAskPrice = askPrice;
        book.PublishedAskQuantity = askQuantity;
        _handler.OnBestBidOfferChanged(new BestBidOfferChanged(_clock, book.Id, bidPrice, bidQuantity, askPrice, askQuantity));
    }
}
