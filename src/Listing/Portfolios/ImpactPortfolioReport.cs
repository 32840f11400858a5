using SocialExchange.Listing.Applications;

namespace SocialExchange.Listing.Portfolios;

/// <summary>An investor's impact portfolio, or the problems that kept it from being computed.</summary>
/// <param name="Currency">Currency of every value.</param>
/// <param name="TotalValue">Market value of the holdings.</param>
/// <param name="Kpis">Every KPI of every holding with a reported value, attributed pro rata.</param>
/// <param name="KpiTotals">Attributed improvements added up across holdings by IRIS+ metric and unit (only KPIs with an IRIS+ id and a baseline).</param>
/// <param name="SdgExposure">Value exposed to each SDG goal (e.g. "SDG 1"), see <see cref="ImpactPortfolio"/>; "unmapped" for holdings without an SDG target.</param>
/// <param name="LateReportingShare">Share of the value held in issuers on the watchlist, suspended or delisted for late reporting.</param>
/// <param name="Problems">Bad input, each with its field path; when not empty, the figures are zero.</param>
public sealed record ImpactPortfolioReport(
    string Currency,
    decimal TotalValue,
    IReadOnlyList<AttributedKpi> Kpis,
    IReadOnlyDictionary<string, decimal> KpiTotals,
    IReadOnlyDictionary<string, decimal> SdgExposure,
    decimal LateReportingShare,
    IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the input was good and the figures mean something.</summary>
    public bool IsValid => Problems.Count == 0;
}
