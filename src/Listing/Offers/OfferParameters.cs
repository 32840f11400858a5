using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Offers;

/// <summary>
/// Terms of an offer: the issuer offers <see cref="UnitsOffered"/> at no less than <see cref="FloorPrice"/>, by a
/// uniform-price auction (the engine's uncross sets one price for all) or at the fixed floor price, and the units
/// sold are split by <see cref="Allocation"/>, with a share kept for retail applications. Prices are raw engine units.
/// </summary>
/// <param name="Instrument">The admitted instrument (e.g. from <c>EngineInstrumentMapper</c>); its reference price is
/// replaced by the floor so the price band is centred on the offer.</param>
/// <param name="UnitsOffered">Units the issuer sells, a multiple of the lot.</param>
/// <param name="FloorPrice">Lowest price the issuer accepts (the issuer's sell limit).</param>
/// <param name="MinimumSubscriptionUnits">Demand at or above the floor needed for the offer to proceed.</param>
/// <param name="MinimumApplicationUnits">Smallest application accepted.</param>
/// <param name="PriceInPercentOfNominal">True for bonds: units are nominal and the price is a percentage of it.</param>
/// <param name="Method">Auction or fixed price (the only method for a donation instrument).</param>
/// <param name="Allocation">Priority order (the engine's uncross) or pro rata.</param>
/// <param name="RetailTrancheShare">Share of the units offered kept for retail applications (0 to 1); what retail does not take goes to the others, and the reverse.</param>
public sealed record OfferParameters(
    InstrumentSpec Instrument,
    long UnitsOffered,
    long FloorPrice,
    long MinimumSubscriptionUnits,
    long MinimumApplicationUnits,
    bool PriceInPercentOfNominal = false,
    OfferMethod Method = OfferMethod.UniformPriceAuction,
    OfferAllocation Allocation = OfferAllocation.PriceTime,
    decimal RetailTrancheShare = 0m)
{
    /// <summary>Units kept for retail applications, rounded down to the lot.</summary>
    public long RetailTrancheUnits
    {
        get
        {
            long lot = Math.Max(1, Instrument.LotSize);
            return (long)(UnitsOffered * RetailTrancheShare) / lot * lot;
        }
    }
}
