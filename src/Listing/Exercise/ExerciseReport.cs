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
    IReadOnlyList<string> Assumptions,
    ExchangeRate? CapitalExchangeRate = null)
{
    /// <summary>Capital raised in the cost currency: as raised, or converted at <see cref="CapitalExchangeRate"/>; null when it cannot be.</summary>
    public decimal? CapitalRaisedInCostCurrency => Offer is not { } o ? null
        : o.Currency == Currency ? o.CapitalRaised
        : CapitalExchangeRate is { } rate && rate.Currency == o.Currency ? Math.Round(o.CapitalRaised / rate.PerCostCurrency, 2)
        : null;

    /// <summary>One-off costs over capital raised (in the cost currency); null when nothing was raised or no exchange rate is known.</summary>
    public decimal? OneOffCostShareOfCapital => CapitalRaisedInCostCurrency is > 0 and var capital ? Math.Round(OneOffCost / capital, 4) : null;
}
