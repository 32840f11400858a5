namespace SocialExchange.Matching.Events;

/// <summary>
/// Receives every event the engine emits, in order, on the matching thread. The engine is generic over a struct
/// implementing this, so the JIT specialises and inlines the calls: a handler that only counts costs nothing.
/// A handler must not call back into the engine.
/// </summary>
public interface IEngineEventHandler
{
    void OnOrderAccepted(in OrderAccepted e);
    void OnOrderRejected(in OrderRejected e);
    void OnOrderCancelled(in OrderCancelled e);
    void OnOrderExpired(in OrderExpired e);
    void OnOrderTriggered(in OrderTriggered e);
    void OnOrderAmended(in OrderAmended e);
    void OnTradeExecuted(in TradeExecuted e);
    void OnPriceLevelChanged(in PriceLevelChanged e);
    void OnBookOrderChanged(in BookOrderChanged e);
    void OnBestBidOfferChanged(in BestBidOfferChanged e);
    void OnPhaseChanged(in PhaseChanged e);
    void OnAuctionIndicative(in AuctionIndicative e);
    void OnDailyStatistics(in DailyStatistics e);
}
