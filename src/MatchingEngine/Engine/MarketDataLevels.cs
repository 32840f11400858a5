namespace SocialExchange.Matching.Engine;

/// <summary>Which public market-data events the engine emits. Order and trade events are always emitted.</summary>
[Flags]
public enum MarketDataLevels : byte
{
    None = 0,

    /// <summary>Best bid and offer (<see cref="Events.BestBidOfferChanged"/>).</summary>
    BestBidOffer = 1,

    /// <summary>Price-level deltas (<see cref="Events.PriceLevelChanged"/>).</summary>
    PriceLevels = 2,

    /// <summary>Order-level deltas (<see cref="Events.BookOrderChanged"/>).</summary>
    Orders = 4,

    /// <summary>Everything.</summary>
    All = BestBidOffer | PriceLevels | Orders,
}
