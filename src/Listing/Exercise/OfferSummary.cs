namespace SocialExchange.Listing.Exercise;

/// <summary>The simulated offer as the report shows it: outcome, price, capital raised (in the instrument's currency), investor base, refusals.</summary>
public sealed record OfferSummary(
    string Outcome,
    string Currency,
    decimal UnitsOffered,
    decimal UniformPrice,
    decimal DemandCoverage,
    decimal CapitalRaised,
    decimal Refunds,
    int InvestorsAllotted,
    int RetailInvestorsAllotted,
    IReadOnlyList<string> Problems);
