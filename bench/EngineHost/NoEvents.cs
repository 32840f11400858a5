using SocialExchange.Matching.Events;

namespace SocialExchange.Bench.EngineHost;

/// <summary>Drops every event: what a replay for recovery needs (the events were published before the restart).</summary>
public struct NoEvents : IEngineEventHandler
{
    public void OnOrderAccepted(in OrderAccepted e) { }
    public void OnOrderRejected(in OrderRejected e) { }
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
