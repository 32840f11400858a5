using SocialExchange.Matching.Events;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>Event handler of a generation pass: feeds the events that change the book into a <see cref="BookMirror"/>.</summary>
public readonly struct MirrorHandler(BookMirror mirror) : IEngineEventHandler
{
    /// <summary>The mirror this handler keeps up to date.</summary>
    public BookMirror Mirror { get; } = mirror;

    // The mirror indexes orders by their order number in the stream; events name them by (participant, client id).
    public void OnOrderAccepted(in OrderAccepted e) => Mirror.Accepted(Participants.OrderNumberOf(e.Participant, e.ClientOrderId), e.Side, e.Price, e.Quantity);
    public void OnOrderRejected(in OrderRejected e) => Mirror.Rejected(e.Code);
    public void OnOrderCancelled(in OrderCancelled e) => Mirror.Ended(Participants.OrderNumberOf(e.Participant, e.ClientOrderId));
    public void OnOrderExpired(in OrderExpired e) => Mirror.Ended(Participants.OrderNumberOf(e.Participant, e.ClientOrderId));
    public void OnOrderTriggered(in OrderTriggered e) { }
    public void OnOrderAmended(in OrderAmended e) => Mirror.Amended(Participants.OrderNumberOf(e.Participant, e.ClientOrderId), e.Price, e.Quantity);

    public void OnTradeExecuted(in TradeExecuted e) => Mirror.Traded(
        Participants.OrderNumberOf(e.BuyParticipant, e.BuyClientOrderId), e.BuyLeaves,
        Participants.OrderNumberOf(e.SellParticipant, e.SellClientOrderId), e.SellLeaves);

    public void OnPriceLevelChanged(in PriceLevelChanged e) { }
    public void OnBookOrderChanged(in BookOrderChanged e) { }
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => Mirror.BestBidOffer(e.BidPrice, e.BidQuantity, e.AskPrice, e.AskQuantity);
    public void OnPhaseChanged(in PhaseChanged e) { }
    public void OnAuctionIndicative(in AuctionIndicative e) { }
    public void OnDailyStatistics(in DailyStatistics e) { }
}
