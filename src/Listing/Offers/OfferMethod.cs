namespace SocialExchange.Listing.Offers;

/// <summary>How an offer finds its price.</summary>
public enum OfferMethod
{
    /// <summary>A uniform-price auction run by the matching engine's call auction: the uncross sets one price for all.</summary>
    UniformPriceAuction = 0,

    /// <summary>
    /// A fixed-price offer (book-building at the issue price): every application buys at the floor price. The only
    /// method for a non-transferable donation instrument, which the engine will not trade.
    /// </summary>
    FixedPrice = 1,
}
