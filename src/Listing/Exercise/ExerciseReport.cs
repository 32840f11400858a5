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
    /// <summary>One-off costs over capital raised; null when nothing was raised or the currencies differ (no FX rates here).</summary>
    public decimal? OneOffCostShareOfCapital => Offer is { CapitalRaised: > 0 } o && o.Currency == Currency ? Math.Round(OneOffCost / o.CapitalRaised, 4) : null;
}
