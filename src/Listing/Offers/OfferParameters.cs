using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Offers;

/// <summary>
/// Terms of a uniform-price offer run as one call auction: the issuer offers <see cref="UnitsOffered"/> at no less
/// than <see cref="FloorPrice"/>; the auction's uncross sets one price for all. Prices are raw engine units.
/// </summary>
/// <param name="Instrument">The admitted instrument (e.g. from <c>EngineInstrumentMapper</c>); its reference price is
/// replaced by the floor so the price band is centred on the offer.</param>
/// <param name="UnitsOffered">Units the issuer sells, a multiple of the lot.</param>
/// <param name="FloorPrice">Lowest price the issuer accepts (the issuer's sell limit).</param>
/// <param name="MinimumSubscriptionUnits">Demand at or above the floor needed for the offer to proceed.</param>
/// <param name="MinimumApplicationUnits">Smallest application accepted.</param>
/// <param name="PriceInPercentOfNominal">True for bonds: units are nominal and the price is a percentage of it.</param>
public sealed record OfferParameters(
    InstrumentSpec Instrument,
    long UnitsOffered,
    long FloorPrice,
    long MinimumSubscriptionUnits,
    long MinimumApplicationUnits,
    bool PriceInPercentOfNominal = false);
