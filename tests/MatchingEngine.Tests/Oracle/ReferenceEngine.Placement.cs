using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Tests.Oracle;

public sealed partial class ReferenceEngine
{
    public void Place(in PlaceOrder c)
    {
        if (!Begin(c.Time, CommandKind.PlaceOrder, c.Instrument, c.Participant, c.ClientOrderId)) return;
        var book = BookOrNull(c.Instrument);
        var code = book is null ? (c.Time < _clock ? ResultCode.TimeWentBackwards : ResultCode.UnknownInstrument)
            : PlaceProblems(book, c).FirstOrDefault();
        if (code != ResultCode.Ok)
        {
            Reject(c.Time, CommandKind.PlaceOrder, c.Instrument, c.Participant, c.ClientOrderId, 0, code);
            return;
        }
        _clock = c.Time;
        var order = new ReferenceOrder
        {
            OrderId = _nextOrderId++, ClientOrderId = c.ClientOrderId, Participant = c.Participant, Instrument = c.Instrument,
            Side = c.Side, Type = c.Type, TimeInForce = c.TimeInForce, Flags = c.Flags, Price = EntryPrice(book!, c),
            StopPrice = c.StopPrice, Remaining = c.Quantity, Visible = c.DisplayQuantity > 0 ? c.DisplayQuantity : c.Quantity,
            DisplaySize = c.DisplayQuantity, ExpireTime = c.ExpireTime,
        };
        _log.OnOrderAccepted(new OrderAccepted(_clock, c.Instrument, order.OrderId, order.Participant, order.ClientOrderId,
            order.Side, order.Type, order.TimeInForce, order.Price, order.StopPrice, order.Remaining));

        if (order.Type is OrderType.Stop or OrderType.StopLimit)
        {
            order.Location = OrderLocation.StopList;
            book!.Stops.Add(order);
            TriggerStops(book);
        }
        else if (book!.Phase == TradingPhase.Continuous)
        {
            MatchIncoming(book, order);
        }
        else
        {
            RestInCall(book, order);
            PublishIndicative(book);
        }
        PublishBestBidOffer(book);
    }

    /// <summary>
    /// Every reason to refuse a new order, in the order they are checked; the first one is the answer. Lazy, so a
    /// later check may assume the earlier ones passed.
    /// </summary>
    private IEnumerable<ResultCode> PlaceProblems(ReferenceBook book, PlaceOrder c)
    {
        var ticks = book.Spec.EffectiveTickTable;
        bool hasLimit = c.Type is OrderType.Limit or OrderType.StopLimit;
        bool isStop = c.Type is OrderType.Stop or OrderType.StopLimit;
        bool postOnly = c.Flags.HasFlag(OrderFlags.PostOnly);
        bool reprice = c.Flags.HasFlag(OrderFlags.RepriceIfTaking);
        bool immediate = c.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill;

        if (c.Time < _clock) yield return ResultCode.TimeWentBackwards;
        if (c.Participant is < 1 or > MaxParticipant) yield return ResultCode.InvalidParticipant;
        if (c.ClientOrderId is < 1 or > MaxClientOrderId) yield return ResultCode.InvalidClientOrderId;
        if (c.Side is not (Side.Buy or Side.Sell)) yield return ResultCode.InvalidSide;
        if (!Enum.IsDefined(c.Type)) yield return ResultCode.InvalidOrderType;
        if (!Enum.IsDefined(c.TimeInForce)) yield return ResultCode.InvalidTimeInForce;
        if (c.Quantity <= 0) yield return ResultCode.QuantityNotPositive;
        if (c.Quantity % book.Spec.LotSize != 0) yield return ResultCode.QuantityNotMultipleOfLot;
        if (hasLimit && c.Price <= 0) yield return ResultCode.PriceNotPositive;
        if (hasLimit && !ticks.IsOnTick(c.Price)) yield return ResultCode.PriceOffTick;
        if (!hasLimit && c.Price != 0) yield return ResultCode.UnsupportedCombination;
        if (isStop && (c.StopPrice <= 0 || !ticks.IsOnTick(c.StopPrice))) yield return ResultCode.InvalidStopPrice;
        if (!isStop && c.StopPrice != 0) yield return ResultCode.InvalidStopPrice;
        if (c.DisplayQuantity != 0 && (c.Type != OrderType.Limit || c.DisplayQuantity < 0 || c.DisplayQuantity >= c.Quantity
            || c.DisplayQuantity % book.Spec.LotSize != 0)) yield return ResultCode.InvalidDisplayQuantity;
        if (c.TimeInForce == TimeInForce.GoodTillDate && c.ExpireTime <= c.Time) yield return ResultCode.ExpiryTimeNotInFuture;
        if (c.TimeInForce != TimeInForce.GoodTillDate && c.ExpireTime != 0) yield return ResultCode.ExpiryTimeNotInFuture;
        if ((c.Flags & ~(OrderFlags.PostOnly | OrderFlags.RepriceIfTaking)) != 0) yield return ResultCode.UnsupportedCombination;
        if (reprice && !postOnly) yield return ResultCode.UnsupportedCombination;
        if (postOnly && (c.Type != OrderType.Limit || immediate)) yield return ResultCode.UnsupportedCombination;
        if (c.Type == OrderType.Market && c.TimeInForce is TimeInForce.GoodTillCancelled or TimeInForce.GoodTillDate)
            yield return ResultCode.UnsupportedCombination;
        if (isStop && c.TimeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose) yield return ResultCode.UnsupportedCombination;
        if (!PhaseAccepts(book.Phase, c.Type, c.TimeInForce)) yield return ResultCode.WrongPhase;
        if (hasLimit) foreach (var problem in LimitPriceProblems(book, c.Price)) yield return problem;
        if (isStop && !OnLadder(book, c.StopPrice)) yield return ResultCode.InvalidStopPrice;

        if (book.Phase == TradingPhase.Continuous)
        {
            var bestOpposite = BestPrice(book.OppositeLevels(c.Side));
            if (c.Type == OrderType.MarketToLimit && bestOpposite is null) yield return ResultCode.NoOppositeLiquidity;
            bool wouldTake = postOnly && bestOpposite is { } best && (c.Side == Side.Buy ? best <= c.Price : best >= c.Price);
            if (wouldTake && !reprice) yield return ResultCode.PostOnlyWouldTake;
            if (wouldTake) foreach (var problem in LimitPriceProblems(book, EntryPrice(book, c))) yield return problem;
        }

        if (FindOpen(c.Participant, c.ClientOrderId) is not null) yield return ResultCode.DuplicateClientOrderId;
    }

    /// <summary>
    /// The price an accepted order carries: a market-to-limit order takes the best opposite price; a repricing post-only
    /// order that would take goes one tick behind the best opposite price; otherwise the price as entered.
    /// </summary>
    private static long EntryPrice(ReferenceBook book, PlaceOrder c)
    {
        if (book.Phase != TradingPhase.Continuous || BestPrice(book.OppositeLevels(c.Side)) is not { } best) return c.Price;
        if (c.Type == OrderType.MarketToLimit) return best;
        bool takes = c.Side == Side.Buy ? best <= c.Price : best >= c.Price;
        if (!c.Flags.HasFlag(OrderFlags.PostOnly) || !takes) return c.Price;
        var ticks = book.Spec.EffectiveTickTable;
        return c.Side == Side.Buy ? ticks.TickDown(best) : ticks.TickUp(best);
    }

    /// <summary>
    /// Which orders each phase takes: continuous trading everything but at-auction orders; the call phases neither
    /// immediate orders nor market-to-limit, at-the-open only in the opening call and at-the-close only in the closing
    /// call; every other phase nothing.
    /// </summary>
    private static bool PhaseAccepts(TradingPhase phase, OrderType type, TimeInForce tif) => phase switch
    {
        TradingPhase.Continuous => tif is not (TimeInForce.AtTheOpen or TimeInForce.AtTheClose),
        TradingPhase.PreOpen or TradingPhase.VolatilityAuction or TradingPhase.PreCloseCall or TradingPhase.CallAuction =>
            tif is not (TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
            && type != OrderType.MarketToLimit
            && (tif != TimeInForce.AtTheOpen || phase == TradingPhase.PreOpen)
            && (tif != TimeInForce.AtTheClose || phase == TradingPhase.PreCloseCall),
        _ => false,
    };

    /// <summary>A limit price must lie in the instrument's price band and inside the static order collar.</summary>
    private static IEnumerable<ResultCode> LimitPriceProblems(ReferenceBook book, long price)
    {
        if (!OnLadder(book, price)) yield return ResultCode.PriceOutsideLadder;
        if (!ReferenceBook.Within(price, book.StaticReference, book.Spec.PriceControls.StaticOrderCollarBps)) yield return ResultCode.PriceOutsideStaticCollar;
    }

    /// <summary>In the price band (on-tick prices are assumed: every caller checked the tick first).</summary>
    private static bool OnLadder(ReferenceBook book, long price) => price >= book.Spec.LowestLadderPrice && price <= book.Spec.HighestLadderPrice;

    private static long? BestPrice(SortedDictionary<long, List<ReferenceOrder>> levels) => levels.Count == 0 ? null : levels.Keys.First();
}
