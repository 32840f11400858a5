namespace SocialExchange.Listing.Instruments;

/// <summary>
/// The instrument an application proposes to list. On admission it becomes an engine
/// <see cref="Matching.Instruments.InstrumentSpec"/> through <see cref="EngineInstrumentMapper"/>.
/// </summary>
/// <param name="Kind">What is listed.</param>
/// <param name="Symbol">Proposed ticker.</param>
/// <param name="Currency">ISO 4217 currency.</param>
/// <param name="IssuePrice">Offer price: per share for shares, percent of nominal for bonds, face value for a donation instrument.</param>
/// <param name="Nominal">Nominal value of one bond (the trading lot); null for shares.</param>
/// <param name="CouponPct">Annual coupon in percent; bonds only.</param>
/// <param name="Maturity">Maturity date; bonds only.</param>
/// <param name="DividendCapPct">Statutory cap on the dividend, in percent of paid-in capital; capped-dividend shares only.</param>
/// <param name="ImpactLink">Coupon step-up terms; impact-linked bonds only.</param>
public sealed record ProposedInstrument(
    ListedInstrumentKind Kind,
    string Symbol,
    string Currency,
    decimal IssuePrice,
    decimal? Nominal = null,
    decimal? CouponPct = null,
    DateOnly? Maturity = null,
    decimal? DividendCapPct = null,
    ImpactLinkedTerms? ImpactLink = null)
{
    /// <summary>True for the bond kinds.</summary>
    public bool IsBond => Kind is ListedInstrumentKind.Bond or ListedInstrumentKind.SocialBond or ListedInstrumentKind.ImpactLinkedBond;

    /// <summary>True for the share kinds.</summary>
    public bool IsShare => Kind is ListedInstrumentKind.OrdinaryShare or ListedInstrumentKind.CappedDividendShare;

    /// <summary>False for the donation instrument, which stays with its subscriber until tenure ends [S-44].</summary>
    public bool Transferable => Kind != ListedInstrumentKind.DonationInstrument;
}
