namespace SocialExchange.Listing.Applications;

/// <summary>
/// The proposed offer and placement. Amounts are in the instrument's currency; percentages are 0–100. Null is
/// "not stated": a rule that needs it reports missing evidence.
/// </summary>
/// <param name="Size">Amount to raise.</param>
/// <param name="MinimumApplication">Smallest amount one investor may apply for.</param>
/// <param name="MinimumSubscriptionPct">Share of <paramref name="Size"/> that must be subscribed, else every application is refunded.</param>
/// <param name="WindowWorkingDays">Working days the offer stays open.</param>
/// <param name="FreeFloatPct">Share capital in free float after the offer (shares).</param>
/// <param name="InstitutionalPlacementPct">Share capital placed with institutional investors (part of the free float).</param>
/// <param name="InstitutionalInvestors">Number of institutional investors in the placement.</param>
/// <param name="RetailTranche">True when the offer is open to retail investors.</param>
/// <param name="PerUnitProject">True when the funded project can be implemented on an identifiable per-unit basis (India ZCZP, Apr 2026 [S-42]).</param>
/// <param name="Advisor">Listing advisor (Euronext Growth Advisor, lead manager).</param>
/// <param name="Specialist">Specialist / liquidity provider.</param>
/// <param name="Registrar">Registrar to the issue.</param>
public sealed record OfferTerms(
    decimal? Size = null,
    decimal? MinimumApplication = null,
    decimal? MinimumSubscriptionPct = null,
    int? WindowWorkingDays = null,
    decimal? FreeFloatPct = null,
    decimal? InstitutionalPlacementPct = null,
    int? InstitutionalInvestors = null,
    bool? RetailTranche = null,
    bool PerUnitProject = false,
    string? Advisor = null,
    string? Specialist = null,
    string? Registrar = null)
{
    /// <summary>Nothing stated.</summary>
    public static OfferTerms Empty { get; } = new();
}
