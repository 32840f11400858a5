using SocialExchange.Matching.Events;

namespace SocialExchange.Matching.Tests.Properties;

/// <summary>A struct handler that only counts: what a production handler costs at the least, and it never allocates.</summary>
public struct CountingHandler : IEngineEventHandler
{
    public long Events;
    public long Trades;
    public long Rejections;
    public long Cancels;
    public long Amends;

    public void OnOrderAccepted(in OrderAccepted e) => Events++;
    public void OnOrderRejected(in OrderRejected e) { Events++; Rejections++; }
    public void OnOrderCancelled(in OrderCancelled e) { Events++; Cancels++; }
    public void OnOrderExpired(in OrderExpired e) => Events++;
    public void OnOrderTriggered(in OrderTriggered e) => Events++;
    public void OnOrderAmended(in OrderAmended e) { Events++; Amends++; }
    public void OnTradeExecuted(in TradeExecuted e) { Events++; Trades++; }
    public void OnPriceLevelChanged(in PriceLevelChanged e) => Events++;
    public void OnBookOrderChanged(in BookOrderChanged e) => Events++;
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => Events++;
    public void OnPhaseChanged(in PhaseChanged e) => Events++;
    public void OnAuctionIndicative(in AuctionIndicative e) => Events++;
    public void OnDailyStatistics(in DailyStatistics e) => Events++;
}
