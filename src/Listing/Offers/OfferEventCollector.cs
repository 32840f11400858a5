using SocialExchange.Matching.Events;

namespace SocialExchange.Listing.Offers;

/// <summary>
/// Engine event handler for an offer run: keeps the trades, the rejections and the last indicative uncross.
/// A struct as the engine wants; the lists are shared references, so copies of the struct see the same events.
/// </summary>
internal struct OfferEventCollector : IEngineEventHandler
{
    public OfferEventCollector()
    {
        Trades = [];
        Rejections = [];
    }

    public List<TradeExecuted> Trades { get; }

    public List<OrderRejected> Rejections { get; }

    public AuctionIndicative LastIndicative { get; private set; }

    public void OnTradeExecuted(in TradeExecuted e) => Trades.Add(e);

    public void OnOrderRejected(in OrderRejected e) => Rejections.Add(e);

    public void OnAuctionIndicative(in AuctionIndicative e) => LastIndicative = e;

    public readonly void OnOrderAccepted(in OrderAccepted e) { }

    public readonly void OnOrderCancelled(in OrderCancelled e) { }

    public readonly void OnOrderExpired(in OrderExpired e) { }

    public readonly void OnOrderTriggered(in OrderTriggered e) { }

    public readonly void OnOrderAmended(in OrderAmended e) { }

    public readonly void OnPriceLevelChanged(in PriceLevelChanged e) { }

    public readonly void OnBookOrderChanged(in BookOrderChanged e) { }

    public readonly void OnBestBidOfferChanged(in BestBidOfferChanged e) { }

    public readonly void OnPhaseChanged(in PhaseChanged e) { }

    public readonly void OnDailyStatistics(in DailyStatistics e) { }
}
