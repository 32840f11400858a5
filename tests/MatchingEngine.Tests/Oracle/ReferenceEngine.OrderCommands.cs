using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Tests.Oracle;

public sealed partial class ReferenceEngine
{
    public void Cancel(in CancelOrder c)
    {
        if (!Begin(c.Time, CommandKind.CancelOrder, c.Instrument, c.Participant, c.ClientOrderId)) return;
        var (code, book, order) = Locate(c.Time, c.Instrument, c.Participant, c.ClientOrderId);
        if (code != ResultCode.Ok)
        {
            Reject(c.Time, CommandKind.CancelOrder, c.Instrument, c.Participant, c.ClientOrderId, 0, code);
            return;
        }
        _clock = c.Time;
        RemoveOpenOrder(book!, order!, ResultCode.CancelledByParticipant);
        AfterBookChange(book!);
    }

    public void Amend(in AmendOrder c)
    {
        if (!Begin(c.Time, CommandKind.AmendOrder, c.Instrument, c.Participant, c.ClientOrderId)) return;
        var (code, book, order) = Locate(c.Time, c.Instrument, c.Participant, c.ClientOrderId);
        if (code == ResultCode.Ok) code = AmendProblems(book!, order!, c).FirstOrDefault();
        if (code != ResultCode.Ok)
        {
            Reject(c.Time, CommandKind.AmendOrder, c.Instrument, c.Participant, c.ClientOrderId, order?.OrderId ?? 0, code);
            return;
        }
        _clock = c.Time;
        if (c.NewPrice == order!.Price && c.NewQuantity < order.Remaining)
        {
            ReduceInPlace(book!, order, c.NewQuantity);
            PublishAmended(book!, order, keptPriority: true);
            PublishLevel(book!, order.Side, order.Price);
        }
        else
        {
            // Loses priority: out of the book, changed, then in again as if new (trading first in continuous trading).
            PublishOrder(book!, order, BookOrderAction.Removed);
            book!.Detach(order);
            PublishLevel(book, order.Side, order.Price);
            order.Price = c.NewPrice;
            order.Remaining = c.NewQuantity;
            order.Visible = order.FreshPeak;
            PublishAmended(book, order, keptPriority: false);
            if (book.Phase == TradingPhase.Continuous) MatchIncoming(book, order);
            else AddToBook(book, order);
        }
        AfterBookChange(book!);
    }

    /// <summary>Every reason to refuse an amendment of a found order, in the order they are checked.</summary>
    private static IEnumerable<ResultCode> AmendProblems(ReferenceBook book, ReferenceOrder order, AmendOrder c)
    {
        if (order.Location == OrderLocation.StopList) yield return ResultCode.StopOrderNotAmendable;
        if (order.Location == OrderLocation.MarketQueue) yield return ResultCode.UnsupportedCombination;
        if (!(book.Phase == TradingPhase.Continuous || book.InCallPhase)) yield return ResultCode.WrongPhase;
        if (c.NewQuantity <= 0) yield return ResultCode.QuantityNotPositive;
        if (c.NewQuantity % book.Spec.LotSize != 0) yield return ResultCode.QuantityNotMultipleOfLot;
        if (c.NewPrice <= 0) yield return ResultCode.PriceNotPositive;
        if (!book.Spec.EffectiveTickTable.IsOnTick(c.NewPrice)) yield return ResultCode.PriceOffTick;
        if (c.NewPrice == order.Price && c.NewQuantity == order.Remaining) yield return ResultCode.AmendChangesNothing;
        if (c.NewPrice != order.Price) foreach (var problem in LimitPriceProblems(book, c.NewPrice)) yield return problem;
        if (order.Flags.HasFlag(Orders.OrderFlags.PostOnly) && book.Phase == TradingPhase.Continuous
            && BestPrice(book.OppositeLevels(order.Side)) is { } best
            && (order.IsBuy ? best <= c.NewPrice : best >= c.NewPrice)) yield return ResultCode.PostOnlyWouldTake;
    }

    public void MassCancel(in MassCancel c)
    {
        if (!Begin(c.Time, CommandKind.MassCancel, c.Instrument, c.Participant, 0)) return;
        var code = c.Time < _clock ? ResultCode.TimeWentBackwards
            : c.Instrument == 0 && c.Participant == 0 ? ResultCode.UnsupportedCombination
            : c.Participant is < 0 or > MaxParticipant ? ResultCode.InvalidParticipant
            : c.Instrument != 0 && BookOrNull(c.Instrument) is null ? ResultCode.UnknownInstrument
            : ResultCode.Ok;
        if (code != ResultCode.Ok)
        {
            Reject(c.Time, CommandKind.MassCancel, c.Instrument, c.Participant, 0, 0, code);
            return;
        }
        _clock = c.Time;
        int participant = c.Participant, instrument = c.Instrument;
        foreach (var book in _books.Values.Where(b => instrument == 0 || b.Id == instrument).ToList())
        {
            if (RemoveOrdersWhere(book, ResultCode.CancelledByMassCancel, o => participant == 0 || o.Participant == participant) > 0)
                AfterBookChange(book);
        }
    }

    /// <summary>Finds the open order a cancel or amend names; it must be on the named instrument.</summary>
    private (ResultCode Code, ReferenceBook? Book, ReferenceOrder? Order) Locate(long time, int instrument, int participant, long clientOrderId)
    {
        if (time < _clock) return (ResultCode.TimeWentBackwards, null, null);
        var book = BookOrNull(instrument);
        if (book is null) return (ResultCode.UnknownInstrument, null, null);
        var order = FindOpen(participant, clientOrderId);
        return order is null || order.Instrument != instrument ? (ResultCode.UnknownOrder, null, null) : (ResultCode.Ok, book, order);
    }

    /// <summary>Removes the selected open orders in canonical order (bids best first, asks, market queues, stops); returns how many.</summary>
    private int RemoveOrdersWhere(ReferenceBook book, ResultCode code, Func<ReferenceOrder, bool> selected)
    {
        var doomed = book.OpenOrders().Where(selected).ToList();
        foreach (var order in doomed) RemoveOpenOrder(book, order, code);
        return doomed.Count;
    }

    /// <summary>
    /// Takes an open order out and reports its end: expiry codes as <see cref="OrderExpired"/>, the rest as
    /// <see cref="OrderCancelled"/>. Inside a sweep the level is published once after the visit, not here.
    /// </summary>
    private void RemoveOpenOrder(ReferenceBook book, ReferenceOrder order, ResultCode code, bool publishLevel = true)
    {
        bool inBook = order.Location == OrderLocation.Book;
        if (inBook) PublishOrder(book, order, BookOrderAction.Removed);
        book.Detach(order);
        if (inBook && publishLevel) PublishLevel(book, order.Side, order.Price);
        if (code is ResultCode.ExpiredEndOfDay or ResultCode.ExpiredGoodTillDate or ResultCode.ExpiredAfterAuction)
            _log.OnOrderExpired(new OrderExpired(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId, order.Side, order.Remaining, code));
        else
            _log.OnOrderCancelled(new OrderCancelled(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId, order.Side, order.Remaining, code));
    }

    /// <summary>After a command changed a book: the indicative uncross in a call phase, then level 1.</summary>
    private void AfterBookChange(ReferenceBook book)
    {
        if (book.InCallPhase) PublishIndicative(book);
        PublishBestBidOffer(book);
    }
}
