namespace SocialExchange.Listing.Offers;

/// <summary>How the units sold are split among the applications that qualify at the offer price.</summary>
public enum OfferAllocation
{
    /// <summary>
    /// Priority order, as the engine's uncross allocates: at-auction applications first, then limits by price, then
    /// application order (a fixed-price offer: application order, first come first served).
    /// </summary>
    PriceTime = 0,

    /// <summary>
    /// In proportion to the units applied for, in whole lots; lots left by rounding go one each to the largest
    /// remainders (ties: earlier application first). The usual rule of an oversubscribed public offer.
    /// </summary>
    ProRata = 1,
}
