namespace SocialExchange.Listing.Portfolios;

/// <summary>
/// One KPI of one holding, attributed to the investor: the issuer's outcome times the investor's share of the
/// instrument (see <see cref="ImpactPortfolio"/> for the definitions).
/// </summary>
/// <param name="Symbol">The instrument.</param>
/// <param name="KpiId">The KPI's id within the issuer's application.</param>
/// <param name="Name">What it measures.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="IrisMetricId">IRIS+ metric id, when the issuer gave one: the key for adding up across issuers.</param>
/// <param name="Share">The investor's units over the units outstanding.</param>
/// <param name="LatestValue">The latest reported value.</param>
/// <param name="Improvement">Latest value minus the baseline (null without a baseline).</param>
/// <param name="AttributedValue">Share times the latest value.</param>
/// <param name="AttributedImprovement">Share times the improvement (null without a baseline).</param>
/// <param name="ImprovementPerThousandInvested">Attributed improvement per 1,000 of the holding's value (null without a baseline or value).</param>
public sealed record AttributedKpi(
    string Symbol,
    string KpiId,
    string Name,
    string Unit,
    string? IrisMetricId,
    decimal Share,
    decimal LatestValue,
    decimal? Improvement,
    decimal AttributedValue,
    decimal? AttributedImprovement,
    decimal? ImprovementPerThousandInvested);
