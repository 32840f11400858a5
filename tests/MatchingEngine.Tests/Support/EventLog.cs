using SocialExchange.Matching.Events;

namespace SocialExchange.Matching.Tests.Support;

/// <summary>Records every event, boxed, in order. A class handler: tests value clarity over speed.</summary>
public sealed class EventLog : IEngineEventHandler
{
    public List<object> Events { get; } = [];

    public IEnumerable<T> Of<T>() => Events.OfType<T>();

    public void Clear() => Events.Clear();

    public void OnOrderAccepted(in OrderAccepted e) => Events.Add(e);
    public void OnOrderRejected(in OrderRejected e) => Events.Add(e);
    public void OnOrderCancelled(in OrderCancelled e) => Events.Add(e);
    public void OnOrderExpired(in OrderExpired e) => Events.Add(e);
    public void OnOrderTriggered(in OrderTriggered e) => Events.Add(e);
    public void OnOrderAmended(in OrderAmended e) => Events.Add(e);
    public void OnTradeExecuted(in TradeExecuted e) => Events.Add(e);
    public void OnPriceLevelChanged(in PriceLevelChanged e) => Events.Add(e);
    public void OnBookOrderChanged(in BookOrderChanged e) => Events.Add(e);
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => Events.Add(e);
    public void OnPhaseChanged(in PhaseChanged e) => Events.Add(e);
    public void OnAuctionIndicative(in AuctionIndicative e) => Events.Add(e);
    public void OnDailyStatistics(in DailyStatistics e) => Events.Add(e);
}
