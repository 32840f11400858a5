using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Tests.Oracle;

public sealed partial class ReferenceEngine
{
    /// <summary>The phase moves a command may make in the continuous-with-auctions model (from, to).</summary>
    private static readonly HashSet<(TradingPhase From, TradingPhase To)> LegalMoves = BuildLegalMoves();

    private static HashSet<(TradingPhase, TradingPhase)> BuildLegalMoves()
    {
        var stable = new[] { TradingPhase.Closed, TradingPhase.PreOpen, TradingPhase.Continuous, TradingPhase.VolatilityAuction,
            TradingPhase.PreCloseCall, TradingPhase.PostClose, TradingPhase.Halted };
        var moves = new HashSet<(TradingPhase, TradingPhase)>();
        foreach (var from in stable)
        {
            if (from != TradingPhase.Halted) moves.Add((from, TradingPhase.Halted));
            if (from != TradingPhase.Closed) moves.Add((from, TradingPhase.Closed));
        }
        foreach (var from in new[] { TradingPhase.Closed, TradingPhase.PostClose, TradingPhase.Halted }) moves.Add((from, TradingPhase.PreOpen));
        foreach (var from in new[] { TradingPhase.PreOpen, TradingPhase.VolatilityAuction, TradingPhase.Closed, TradingPhase.Halted })
            moves.Add((from, TradingPhase.Continuous));
        moves.Add((TradingPhase.Continuous, TradingPhase.VolatilityAuction));
        moves.Add((TradingPhase.Continuous, TradingPhase.PreCloseCall));
        moves.Add((TradingPhase.VolatilityAuction, TradingPhase.PreCloseCall));
        moves.Add((TradingPhase.PreCloseCall, TradingPhase.PostClose));
        moves.Add((TradingPhase.Continuous, TradingPhase.PostClose));
        return moves;
    }

    public void SetPhase(in SetPhase c)
    {
        if (!Begin(c.Time, CommandKind.SetPhase, c.Instrument, 0, 0)) return;
        var book = BookOrNull(c.Instrument);
        var code = c.Time < _clock ? ResultCode.TimeWentBackwards
            : book is null ? ResultCode.UnknownInstrument
            : !LegalMoves.Contains((book.Phase, c.Phase)) ? ResultCode.IllegalPhaseTransition
            : ResultCode.Ok;
        if (code != ResultCode.Ok)
        {
            Reject(c.Time, CommandKind.SetPhase, c.Instrument, 0, 0, 0, code);
            return;
        }
        _clock = c.Time;
        var from = book!.Phase;
        switch (c.Phase)
        {
            case TradingPhase.Closed:
                EndDay(book);
                if (book.Phase == TradingPhase.Halted) ChangePhase(book, TradingPhase.Closed);
                break;
            case TradingPhase.Continuous when from == TradingPhase.PreOpen:
                Uncross(book, TradingPhase.OpeningUncross, TradingPhase.Continuous);
                break;
            case TradingPhase.Continuous when from == TradingPhase.VolatilityAuction:
                Uncross(book, TradingPhase.CallUncross, TradingPhase.Continuous);
                break;
            case TradingPhase.Continuous:
                // From Closed or Halted: a book that would trade (left crossed by a call) opens with an uncross; otherwise
                // it opens at once, and at-auction orders a halted call left behind expire as they would after an uncross.
                if (ReferenceAuction.Compute(book).Trades || book.MarketBuys.Count + book.MarketSells.Count > 0)
                    Uncross(book, TradingPhase.OpeningUncross, TradingPhase.Continuous);
                else
                {
                    book.PhaseEndTime = 0;
                    RemoveOrdersWhere(book, ResultCode.ExpiredAfterAuction, IsAtAuction);
                    ChangePhase(book, TradingPhase.Continuous);
                    TriggerStops(book);
                }
                break;
            case TradingPhase.VolatilityAuction:
                StartVolatilityAuction(book);
                break;
            case TradingPhase.PostClose when from == TradingPhase.PreCloseCall:
                Uncross(book, TradingPhase.ClosingUncross, TradingPhase.PostClose);
                break;
            default:
                book.PhaseEndTime = 0;
                ChangePhase(book, c.Phase);
                break;
        }
        PublishBestBidOffer(book);
    }

    /// <summary>Lets time pass: <see cref="Begin"/> fires what fell due; nothing else happens.</summary>
    public void AdvanceTime(in AdvanceTime c)
    {
        if (!Begin(c.Time, CommandKind.AdvanceTime, 0, 0, 0)) return;
        _clock = c.Time;
    }

    /// <summary>
    /// The start of every command: a time before the clock is refused; otherwise every timer due by the command's
    /// time fires first, so the command meets the market as it is at that time.
    /// </summary>
    private bool Begin(long time, CommandKind command, int instrument, int participant, long clientOrderId)
    {
        if (time < _clock)
        {
            Reject(time, command, instrument, participant, clientOrderId, 0, ResultCode.TimeWentBackwards);
            return false;
        }
        FireTimers(time);
        return true;
    }

    /// <summary>
    /// Fires what falls due up to <paramref name="time"/> in time order, each at its own time: good-till-date
    /// expiries (by expiry time, then order id) before volatility-auction ends at the same time (by instrument id).
    /// </summary>
    private void FireTimers(long time)
    {
        while (true)
        {
            var expiring = _books.Values.SelectMany(b => b.OpenOrders())
                .Where(o => o.TimeInForce == TimeInForce.GoodTillDate)
                .OrderBy(o => o.ExpireTime).ThenBy(o => o.OrderId).FirstOrDefault();
            var ending = _books.Values.Where(b => b.PhaseEndTime > 0).OrderBy(b => b.PhaseEndTime).ThenBy(b => b.Id).FirstOrDefault();
            long expiryTime = expiring?.ExpireTime ?? long.MaxValue;
            long endTime = ending?.PhaseEndTime ?? long.MaxValue;
            if (Math.Min(expiryTime, endTime) > time) return;
            if (expiryTime <= endTime)
            {
                _clock = expiryTime;
                var book = _books[expiring!.Instrument];
                RemoveOpenOrder(book, expiring, ResultCode.ExpiredGoodTillDate);
                AfterBookChange(book);
            }
            else
            {
                _clock = endTime;
                ending!.PhaseEndTime = 0;
                if (ending.Phase != TradingPhase.VolatilityAuction)
                    throw new NotSupportedException($"reference engine: timer in phase {ending.Phase}");
                Uncross(ending, TradingPhase.CallUncross, TradingPhase.Continuous);
                PublishBestBidOffer(ending);
            }
        }
    }

    private static bool IsAtAuction(ReferenceOrder order) => order.TimeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose;

    /// <summary>A volatility auction lasts its base duration plus a seeded random extension in [0, max].</summary>
    private void StartVolatilityAuction(ReferenceBook book)
    {
        var controls = book.Spec.PriceControls;
        long extension = controls.VolatilityAuctionMaxRandomExtension <= 0 ? 0
            : (long)(_random.Next() % (ulong)(controls.VolatilityAuctionMaxRandomExtension + 1));
        book.PhaseEndTime = _clock + controls.VolatilityAuctionDuration + extension;
        ChangePhase(book, TradingPhase.VolatilityAuction);
    }

    /// <summary>
    /// Ends a call: executes the auction at its uncross price, expires what is left of at-auction orders (each is valid
    /// for one auction only) and cancels what is left of market orders, publishes the statistics and moves on to
    /// <paramref name="next"/>.
    /// </summary>
    private void Uncross(ReferenceBook book, TradingPhase uncrossPhase, TradingPhase next)
    {
        book.PhaseEndTime = 0;
        ChangePhase(book, uncrossPhase);
        var result = ReferenceAuction.Compute(book);
        if (result.Trades)
        {
            ExecuteAuction(book, result.Price, result.Volume);
            book.StaticReference = result.Price;
        }
        RemoveOrdersWhere(book, ResultCode.ExpiredAfterAuction, IsAtAuction);
        RemoveOrdersWhere(book, ResultCode.MarketOrderRemainder, o => o.Location == OrderLocation.MarketQueue);
        PublishStatistics(book);
        ChangePhase(book, next);
        PublishBestBidOffer(book);
        if (next == TradingPhase.Continuous) TriggerStops(book);
        PublishBestBidOffer(book);
    }

    /// <summary>
    /// Trades <paramref name="volume"/> at one price: the first buy in auction priority (market orders, then best bid,
    /// oldest first) against the first sell, repeatedly, one trade per pair. Icebergs give up their display first, then
    /// hidden quantity; one whose display is used up shows a fresh peak at the back of its level. The levels traded
    /// are published once each at the end.
    /// </summary>
    private void ExecuteAuction(ReferenceBook book, long price, long volume)
    {
        var touched = new List<(Side Side, long Price)>();
        while (volume > 0)
        {
            var buy = book.MarketBuys.FirstOrDefault() ?? book.Bids.Values.First()[0];
            var sell = book.MarketSells.FirstOrDefault() ?? book.Asks.Values.First()[0];
            long quantity = Math.Min(volume, Math.Min(buy.Remaining, sell.Remaining));
            volume -= quantity;
            // The trade first, then the book changes it causes, as in continuous trading.
            book.RecordTrade(price, quantity);
            _log.OnTradeExecuted(new TradeExecuted(_clock, book.Id, _nextMatchId++, Side.None, buy.OrderId, buy.Participant, buy.ClientOrderId,
                sell.OrderId, sell.Participant, sell.ClientOrderId, price, quantity, buy.Remaining - quantity, sell.Remaining - quantity));
            FillInAuction(book, buy, quantity, touched);
            FillInAuction(book, sell, quantity, touched);
            foreach (var filled in new[] { buy, sell }.Where(o => o.Remaining == 0))
            {
                if (filled.Location == OrderLocation.Book) PublishOrder(book, filled, BookOrderAction.Removed);
                book.Detach(filled);
            }
        }
        foreach (var used in book.Bids.Values.Concat(book.Asks.Values).SelectMany(l => l).Where(o => o.Visible == 0).ToList())
            RefillIceberg(book, used);
        foreach (var (side, levelPrice) in touched) PublishLevel(book, side, levelPrice);
    }

    private void FillInAuction(ReferenceBook book, ReferenceOrder order, long quantity, List<(Side, long)> touched)
    {
        order.Remaining -= quantity;
        if (order.Location == OrderLocation.MarketQueue)
        {
            order.Visible = order.Remaining;
            return;
        }
        order.Visible -= Math.Min(quantity, order.Visible);
        if (!touched.Contains((order.Side, order.Price))) touched.Add((order.Side, order.Price));
        if (order.Remaining > 0 && order.Visible > 0) PublishOrder(book, order, BookOrderAction.Modified);
    }

    /// <summary>
    /// Ends the trading day: day and at-auction orders and queued market orders expire, the statistics are published,
    /// the day's last price becomes the static reference, and the phase becomes Closed unless the instrument is halted.
    /// </summary>
    private void EndDay(ReferenceBook book)
    {
        book.PhaseEndTime = 0;
        RemoveOrdersWhere(book, ResultCode.ExpiredEndOfDay, o => o.TimeInForce is TimeInForce.Day or TimeInForce.AtTheOpen or TimeInForce.AtTheClose
            || o.Location == OrderLocation.MarketQueue);
        PublishStatistics(book);
        if (book.Volume > 0) book.StaticReference = book.LastPrice;
        book.Open = book.High = book.Low = book.Volume = book.TradeCount = 0;
        book.Turnover = 0;
        if (book.Phase != TradingPhase.Halted) ChangePhase(book, TradingPhase.Closed);
    }
}
