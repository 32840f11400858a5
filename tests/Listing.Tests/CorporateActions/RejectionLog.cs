using SocialExchange.Matching.Events;

namespace SocialExchange.Listing.Tests.CorporateActions;

/// <summary>An engine event handler that keeps the rejections and ignores everything else.</summary>
public sealed class RejectionLog : IEngineEventHandler
{
    public List<OrderRejected> Rejections { get; } = [];

    public void OnOrderRejected(in OrderRejected e) => Rejections.Add(e);
    public void OnOrderAccepted(in OrderAccepted e) { }
    public void OnOrderCancelled(in OrderCancelled e) { }
    public void OnOrderExpired(in OrderExpired e) { }
    public void OnOrderTriggered(in OrderTriggered e) { }
    public void OnOrderAmended(in OrderAmended e) { }
    public void OnTradeExecuted(in TradeExecuted e) { }
    public void OnPriceLevelChanged(in PriceLevelChanged e) { }
    public void OnBookOrderChanged(in BookOrderChanged e) { }
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) { }
    public void OnPhaseChanged(in PhaseChanged e) { }
    public void OnAuctionIndicative(in AuctionIndicative e) { }
    public void OnDailyStatistics(in DailyStatistics e) { }
}
