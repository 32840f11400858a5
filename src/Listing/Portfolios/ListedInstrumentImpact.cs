using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Obligations;

namespace SocialExchange.Listing.Portfolios;

/// <summary>
/// What an investor's portfolio needs to know about one listed instrument: how many units exist, what one is worth,
/// the issuer's KPIs with their latest reported values, and whether the issuer is late on impact reporting.
/// </summary>
/// <param name="Symbol">The instrument's symbol, as in the holdings.</param>
/// <param name="Issuer">The issuer's name, for the report.</param>
/// <param name="UnitsOutstanding">Units in issue (shares, or nominal for bonds): the denominator of every attribution.</param>
/// <param name="UnitPrice">Value of one unit in <paramref name="Currency"/> (last trade or closing price).</param>
/// <param name="Currency">Currency of <paramref name="UnitPrice"/>.</param>
/// <param name="Kpis">The issuer's KPIs (from its listing application).</param>
/// <param name="Observations">Reported KPI values; the latest per KPI counts.</param>
/// <param name="Compliance">The issuer's reporting status (from <see cref="ComplianceMonitor"/>).</param>
public sealed record ListedInstrumentImpact(
    string Symbol,
    string Issuer,
    decimal UnitsOutstanding,
    decimal UnitPrice,
    string Currency,
    IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<KpiObservation> Observations,
    ComplianceStatus Compliance);
