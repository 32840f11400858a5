using SocialExchange.Matching.Events;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Tests.Oracle;

public sealed partial class ReferenceEngine
{
    /// <summary>Level 3: one order's displayed quantity (zero when it leaves the book).</summary>
    private void PublishOrder(ReferenceBook book, ReferenceOrder order, BookOrderAction action) =>
        _log.OnBookOrderChanged(new BookOrderChanged(_clock, book.Id, order.OrderId, order.Side, order.Price,
            action == BookOrderAction.Removed ? 0 : order.Visible, action));

    /// <summary>Level 2: the displayed quantity and order count at one price, as it is now.</summary>
    private void PublishLevel(ReferenceBook book, Side side, long price)
    {
        var (visible, count) = book.LevelTotals(side, price);
        _log.OnPriceLevelChanged(new PriceLevelChanged(_clock, book.Id, side, price, visible, count));
    }

    /// <summary>Level 1, only when the best bid or offer (price or displayed quantity) differs from the last published.</summary>
    private void PublishBestBidOffer(ReferenceBook book)
    {
        var (bidPrice, bidQuantity) = book.Bids.Count == 0 ? (0L, 0L) : (book.Bids.Keys.First(), book.Bids.Values.First().Sum(o => o.Visible));
        var (askPrice, askQuantity) = book.Asks.Count == 0 ? (0L, 0L) : (book.Asks.Keys.First(), book.Asks.Values.First().Sum(o => o.Visible));
        var now = (bidPrice, bidQuantity, askPrice, askQuantity);
        if (now == book.PublishedBestBidOffer) return;
        book.PublishedBestBidOffer = now;
        _log.OnBestBidOfferChanged(new BestBidOfferChanged(_clock, book.Id, bidPrice, bidQuantity, askPrice, askQuantity));
    }

    /// <summary>The indicative uncross, only when it differs from the last published in this call.</summary>
    private void PublishIndicative(ReferenceBook book)
    {
        var result = ReferenceAuction.Compute(book);
        if (result == book.PublishedIndicative) return;
        book.PublishedIndicative = result;
        _log.OnAuctionIndicative(new AuctionIndicative(_clock, book.Id, result.Price, result.Volume, result.Imbalance));
    }

    private void PublishAmended(ReferenceBook book, ReferenceOrder order, bool keptPriority) =>
        _log.OnOrderAmended(new OrderAmended(_clock, book.Id, order.OrderId, order.Participant, order.ClientOrderId, order.Side,
            order.Price, order.Remaining, keptPriority));

    private void PublishStatistics(ReferenceBook book) =>
        _log.OnDailyStatistics(new DailyStatistics(_clock, book.Id, book.Open, book.High, book.Low, book.LastPrice, book.Volume,
            book.Turnover, book.Volume == 0 ? 0 : (long)(book.Turnover / book.Volume), book.TradeCount));

    /// <summary>Enters a phase; a call phase starts its indicative publication afresh.</summary>
    private void ChangePhase(ReferenceBook book, TradingPhase phase)
    {
        var previous = book.Phase;
        book.Phase = phase;
        _log.OnPhaseChanged(new PhaseChanged(_clock, book.Id, previous, phase, book.PhaseEndTime));
        if (!book.InCallPhase) return;
        book.PublishedIndicative = default;
        PublishIndicative(book);
    }
}
