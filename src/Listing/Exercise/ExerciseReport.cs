namespace SocialExchange.Listing.Exercise;

/// <summary>
/// The result of a listing exercise: the rule evaluation and readiness gaps, the simulated offer, the cost ledger
/// against the benefits, and the assumptions behind them. Serialised as JSON for machines and Markdown for people.
/// </summary>
public sealed record ExerciseReport(
    string Application,
    string Issuer,
    string Instrument,
    string Rulebook,
    string RulebookVersion,
    DateOnly AsOf,
    string Verdict,
    string? Segment,
    string TradingModel,
    IReadOnlyList<ExerciseRuleLine> Rules,
    IReadOnlyList<ReadinessGap> Gaps,
    OfferSummary? Offer,
    IReadOnlyList<CostLine> Costs,
    string Currency,
    decimal OneOffCost,
    decimal AnnualCost,
    string ExpectedLiquidity,
    IReadOnlyList<string> Assumptions)
{
    /// <summary>One-off costs over capital raised (0 when nothing was raised).</summary>
    public decimal OneOffCostShareOfCapital => Offer is { CapitalRaised: > 0 } o ? Math.Round(OneOffCost / o.CapitalRaised, 4) : 0m;
}
