using System.Runtime.CompilerServices;
using SocialExchange.Matching.Auctions;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>
    /// Changes an instrument's phase by command (operations, or Listing halting a suspended issuer). Allowed moves:
    /// <list type="bullet">
    /// <item>to Halted from any phase but Halted; to Closed from any phase (ends the day);</item>
    /// <item>to PreOpen from Closed, PostClose or Halted; to CallAuction (call models) from Closed, PostClose or Halted;</item>
    /// <item>to Continuous from PreOpen or VolatilityAuction (runs the uncross), or from Closed or Halted (runs an
    /// uncross first if the book would trade);</item>
    /// <item>to VolatilityAuction and PreCloseCall from Continuous (PreCloseCall also from VolatilityAuction);</item>
    /// <item>to PostClose from PreCloseCall or CallAuction (runs the closing uncross) or from Continuous;</item>
    /// <item>to CallUncross from CallAuction: runs an uncross now and stays in the call.</item>
    /// </list>
    /// Continuous-trading phases need the continuous model, call phases a call model. Anything else is refused with
    /// <see cref="ResultCode.IllegalPhaseTransition"/>.
    /// </summary>
    public void SetPhase(in SetPhase command)
    {
        if (!BeginCommand(command.Time, CommandKind.SetPhase, command.Instrument, 0, 0)) return;
        var book = TryGetBook(command.Instrument);
        var code = book is null ? ResultCode.UnknownInstrument
            : IsLegalTransition(book, command.Phase) ? ResultCode.Ok
            : ResultCode.IllegalPhaseTransition;
        if (code != ResultCode.Ok)
        {
            Reject(command.Time, CommandKind.SetPhase, command.Instrument, 0, 0, 0, code);
            return;
        }
        _clock = command.Time;
        var from = book!.Phase;
        switch (command.Phase)
        {
            case TradingPhase.Closed:
                EndDay(book);
                if (book.Phase == TradingPhase.Halted) ChangePhase(book, TradingPhase.Closed); // by command, a halt ends too
                break;
            case TradingPhase.Continuous when from == TradingPhase.PreOpen:
                RunUncross(book, TradingPhase.OpeningUncross, TradingPhase.Continuous);
                break;
            case TradingPhase.Continuous when from == TradingPhase.VolatilityAuction:
                RunUncross(book, TradingPhase.CallUncross, TradingPhase.Continuous);
                break;
            case TradingPhase.Continuous:
                // From Closed or Halted: a book left crossed (e.g. halted during a call) must uncross before continuous trading.
                if (AuctionCalculator.Compute(book).Trades || book.MarketBuys.Count + book.MarketSells.Count > 0)
                    RunUncross(book, TradingPhase.OpeningUncross, TradingPhase.Continuous);
                else
                {
                    book.PhaseEndTime = 0;
                    ExpireAuctionOnlyOrders(book);
                    ChangePhase(book, TradingPhase.Continuous);
                    TriggerStops(book);
                }
                break;
            case TradingPhase.VolatilityAuction:
                StartVolatilityAuction(book);
                break;
            case TradingPhase.PostClose when from is TradingPhase.PreCloseCall or TradingPhase.CallAuction:
                RunUncross(book, TradingPhase.ClosingUncross, TradingPhase.PostClose);
                break;
            case TradingPhase.CallUncross:
                RunUncross(book, TradingPhase.CallUncross, TradingPhase.CallAuction);
                break;
            default:
                book.PhaseEndTime = 0;
                ChangePhase(book, command.Phase);
                break;
        }
        PublishBestBidOffer(book);
    }

    private static bool IsLegalTransition(OrderBook book, TradingPhase to)
    {
        var from = book.Phase;
        bool continuousModel = book.Model == TradingModelKind.ContinuousWithAuctions;
        bool callModel = book.Model is TradingModelKind.PeriodicAuctions or TradingModelKind.FrequentBatchAuctions;
        return to switch
        {
            TradingPhase.Halted => from != TradingPhase.Halted,
            TradingPhase.Closed => from != TradingPhase.Closed,
            TradingPhase.PreOpen => continuousModel && from is TradingPhase.Closed or TradingPhase.PostClose or TradingPhase.Halted,
            TradingPhase.CallAuction => callModel && from is TradingPhase.Closed or TradingPhase.PostClose or TradingPhase.Halted,
            TradingPhase.Continuous => continuousModel && from is TradingPhase.PreOpen or TradingPhase.VolatilityAuction or TradingPhase.Closed or TradingPhase.Halted,
            TradingPhase.VolatilityAuction => continuousModel && from == TradingPhase.Continuous,
            TradingPhase.PreCloseCall => continuousModel && from is TradingPhase.Continuous or TradingPhase.VolatilityAuction,
            TradingPhase.PostClose => from is TradingPhase.PreCloseCall or TradingPhase.CallAuction or TradingPhase.Continuous,
            TradingPhase.CallUncross => callModel && from == TradingPhase.CallAuction,
            _ => false,
        };
    }

    /// <summary>
    /// Moves the clock to the command's time. Every command first fires the timers due by its time (see
    /// <see cref="BeginCommand"/>); this one does nothing else, so a sequencer sends it to let time pass when no other
    /// command comes, and timers then fire on time.
    /// </summary>
    public void AdvanceTime(in AdvanceTime command)
    {
        if (!BeginCommand(command.Time, CommandKind.AdvanceTime, 0, 0, 0)) return;
        _clock = command.Time;
    }

    /// <summary>
    /// Fires, in time order, every timer due at or before <paramref name="time"/>: good-till-date expiries first at
    /// equal times (by order id), then instruments' auction ends and scheduled actions (by instrument id). Each fires
    /// at its own time, so its events carry the time it was due. Ends by recomputing <see cref="_timersDueFrom"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FireTimersUpTo(long time)
    {
        while (true)
        {
            long expiry = _expiries.PeekTime;
            OrderBook? due = null;
            long bookTime = long.MaxValue;
            foreach (var book in _booksInIdOrder)
            {
                long t = book.NextEventTime;
                if (t < bookTime) { bookTime = t; due = book; }
            }
            long settlement = NextSettlementDue();
            long next = Math.Min(Math.Min(expiry, bookTime), settlement);
            if (next > time)
            {
                _timersDueFrom = next;
                return;
            }
            // Settlement first at equal times: units settled at a moment can be sold by whatever happens then.
            if (settlement == next)
            {
                _clock = next;
                SettleDue(next);
            }
            else if (expiry <= bookTime) ExpireNext();
            else
            {
                _clock = next;
                FireBookTimer(due!);
            }
        }
    }

    /// <summary>Expires the earliest good-till-date entry if its order is still open (entries of ended orders are skipped).</summary>
    private void ExpireNext()
    {
        var (time, orderId, slot) = _expiries.Pop();
        ref var order = ref _pool[slot];
        if (order.OrderId != orderId || order.State is OrderState.Free or OrderState.Incoming) return; // ended earlier
        _clock = time;
        var book = _books[order.Instrument]!;
        RemoveOpenOrder(book, slot, ResultCode.ExpiredGoodTillDate);
        AfterBookChange(book);
    }

    /// <summary>Fires the book's earliest timer: its auction end if that comes first, else its next scheduled action.</summary>
    private void FireBookTimer(OrderBook book)
    {
        if (book.PhaseEndTime > 0 && book.PhaseEndTime <= book.NextScheduledTime)
        {
            book.PhaseEndTime = 0;
            if (book.Phase == TradingPhase.PreOpen) OpenOrExtend(book);
            else if (book.Phase == TradingPhase.VolatilityAuction) RunUncross(book, TradingPhase.CallUncross, TradingPhase.Continuous);
        }
        else
        {
            var action = book.NextScheduledAction;
            book.NextScheduledTime = book.Schedule.NextAfter(_clock, out var nextAction);
            book.NextScheduledAction = nextAction;
            RunScheduledAction(book, action);
        }
        PublishBestBidOffer(book);
    }

    /// <summary>What a scheduled time of day does, given the phase the instrument is actually in (a halt overrides the schedule).</summary>
    private void RunScheduledAction(OrderBook book, ScheduledAction action)
    {
        var phase = book.Phase;
        switch (action)
        {
            case ScheduledAction.StartOpeningCall when phase is TradingPhase.Closed or TradingPhase.PostClose:
                ChangePhase(book, TradingPhase.PreOpen);
                break;
            case ScheduledAction.OpeningUncross when phase == TradingPhase.PreOpen:
                OpenOrExtend(book);
                break;
            case ScheduledAction.StartClosingCall when phase is TradingPhase.Continuous or TradingPhase.VolatilityAuction:
                book.PhaseEndTime = 0;
                ChangePhase(book, TradingPhase.PreCloseCall);
                break;
            case ScheduledAction.ClosingUncross when phase is TradingPhase.PreCloseCall or TradingPhase.CallAuction or TradingPhase.VolatilityAuction:
                RunUncross(book, TradingPhase.ClosingUncross, TradingPhase.PostClose);
                break;
            case ScheduledAction.ClosingUncross when phase == TradingPhase.Continuous:
                ChangePhase(book, TradingPhase.PostClose);
                break;
            case ScheduledAction.StartCallAuction when phase is TradingPhase.Closed or TradingPhase.PostClose:
                ChangePhase(book, TradingPhase.CallAuction);
                break;
            case ScheduledAction.CallUncross when phase == TradingPhase.CallAuction:
                RunUncross(book, TradingPhase.CallUncross, TradingPhase.CallAuction);
                break;
            case ScheduledAction.EndDay when phase != TradingPhase.Closed:
                EndDay(book);
                break;
        }
    }

    /// <summary>
    /// The opening auction: uncross, unless the indicative price breaches the static trade collar, in which case the
    /// call is extended by the volatility-auction duration plus a seeded random extension (and checked again then).
    /// </summary>
    private void OpenOrExtend(OrderBook book)
    {
        var indicative = AuctionCalculator.Compute(book);
        if (indicative.Trades && !book.InsideStaticTradeCollar(indicative.Price))
        {
            var controls = book.Spec.PriceControls;
            book.PhaseEndTime = _clock + controls.VolatilityAuctionDuration + RandomExtension(controls.VolatilityAuctionMaxRandomExtension);
            NoteTimer(book.PhaseEndTime);
            ChangePhase(book, TradingPhase.PreOpen);
            return;
        }
        RunUncross(book, TradingPhase.OpeningUncross, TradingPhase.Continuous);
    }

    /// <summary>
    /// Ends the trading day: day orders and leftovers of at-auction orders expire, the day's statistics are
    /// published, the last price becomes the next static reference, and the phase becomes Closed (a halt stays).
    /// </summary>
    private void EndDay(OrderBook book)
    {
        book.PhaseEndTime = 0;
        RemoveOrdersWhere(book, ResultCode.ExpiredEndOfDay, 0,
            static (in Order o, int _) => o.TimeInForce is TimeInForce.Day or TimeInForce.AtTheOpen or TimeInForce.AtTheClose || o.State == OrderState.QueuedMarket);
        PublishStatistics(book);
        book.StartNewDay();
        if (book.Phase != TradingPhase.Halted) ChangePhase(book, TradingPhase.Closed);
    }
}
