namespace SocialExchange.Listing.Instruments;

/// <summary>
/// What an issuer lists (domain brief §6.1 Instrument.kind). Finer than the engine's
/// <see cref="Matching.Instruments.InstrumentKind"/>: the three bond kinds trade alike and differ in their terms.
/// </summary>
public enum ListedInstrumentKind : byte
{
    /// <summary>Ordinary share.</summary>
    OrdinaryShare = 1,

    /// <summary>Share whose dividend the statute caps (impresa sociale, capped profit) [S-01] [S-134].</summary>
    CappedDividendShare = 2,

    /// <summary>Plain bond.</summary>
    Bond = 3,

    /// <summary>Use-of-proceeds bond under the ICMA Social Bond Principles [S-90] [S-100].</summary>
    SocialBond = 4,

    /// <summary>Bond whose coupon steps up when a KPI target is missed at an observation date (ICMA SLBP) [S-136].</summary>
    ImpactLinkedBond = 5,

    /// <summary>Non-transferable donation instrument in the style of India's zero-coupon zero-principal instrument [S-44] [S-57].</summary>
    DonationInstrument = 6,
}
