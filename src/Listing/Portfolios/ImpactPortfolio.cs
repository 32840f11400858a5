using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Obligations;

namespace SocialExchange.Listing.Portfolios;

/// <summary>
/// The social impact of what an investor holds, from the issuers' own KPIs. Definitions:
/// <list type="bullet">
/// <item><b>Share</b> of an instrument: units held / units outstanding. Impact is attributed pro rata to it, the
/// way ownership is (an investor holding 1% of a bond issue is credited with 1% of what the issuer reports).</item>
/// <item><b>Latest value</b> of a KPI: the reported observation with the latest date; a KPI never reported is left
/// out (nothing to attribute), and so is a holding of an issuer with no reported KPI.</item>
/// <item><b>Improvement</b>: latest value minus the baseline, the change the issuer reports since it set its
/// objectives; attributed as share × improvement, and per 1,000 of currency held as attributed improvement /
/// holding value × 1,000.</item>
/// <item><b>Totals</b> across issuers only add KPIs with the same IRIS+ metric id and unit: KPIs defined by each
/// issuer in its own words are not comparable, so they are reported one by one and not summed.</item>
/// <item><b>SDG exposure</b>: a holding's value is split evenly among the distinct SDG goals of its KPIs (targets
/// 1.4 and 1.2 are goal 1); a holding whose KPIs name no SDG counts as "unmapped". The exposures add up to the
/// total value.</item>
/// <item><b>Late on impact reporting</b>: the issuer's status is watchlist, suspended or delisted.</item>
/// </list>
/// Pure and deterministic: the holdings and the instruments' data come in, nothing is read from elsewhere.
/// </summary>
public static class ImpactPortfolio
{
    private const string Unmapped = "unmapped";

    /// <summary>Computes the report; bad input gives a report with every problem listed and no figures.</summary>
    public static ImpactPortfolioReport Compute(string currency, IReadOnlyList<PortfolioHolding> holdings, IReadOnlyList<ListedInstrumentImpact> instruments)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(instruments);
        var bySymbol = instruments.GroupBy(i => i.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var problems = Validate(currency, holdings, instruments, bySymbol);
        if (problems.Count > 0) return new ImpactPortfolioReport(currency, 0, [], new Dictionary<string, decimal>(), new Dictionary<string, decimal>(), 0, problems);

        decimal total = 0, late = 0;
        var kpis = new List<AttributedKpi>();
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var sdg = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var holding in holdings)
        {
            var instrument = bySymbol[holding.Symbol];
            decimal value = holding.Units * instrument.UnitPrice;
            decimal share = holding.Units / instrument.UnitsOutstanding;
            total += value;
            if (instrument.Compliance is ComplianceStatus.Watchlist or ComplianceStatus.Suspended or ComplianceStatus.Delisted) late += value;
            AddSdgExposure(sdg, instrument, value);
            foreach (var kpi in instrument.Kpis)
            {
                var latest = instrument.Observations.Where(o => o.KpiId == kpi.Id).OrderBy(o => o.ObservedOn).LastOrDefault();
                if (latest.KpiId is null) continue;
                decimal? improvement = kpi.Baseline is { } baseline ? latest.Value - baseline.Value : null;
                decimal? attributedImprovement = improvement * share;
                var attributed = new AttributedKpi(
                    holding.Symbol, kpi.Id, kpi.Name, kpi.Unit, kpi.IrisMetricId, share, latest.Value, improvement,
                    share * latest.Value, attributedImprovement, value > 0 ? attributedImprovement / value * 1000 : null);
                kpis.Add(attributed);
                if (kpi.IrisMetricId is { Length: > 0 } iris && attributedImprovement is { } gained)
                {
                    string key = $"{iris} ({kpi.Unit})";
                    totals[key] = totals.GetValueOrDefault(key) + gained;
                }
            }
        }
        return new ImpactPortfolioReport(currency, total, kpis, totals, sdg, total > 0 ? late / total : 0, []);
    }

    private static void AddSdgExposure(SortedDictionary<string, decimal> exposure, ListedInstrumentImpact instrument, decimal value)
    {
        var goals = instrument.Kpis
            .Select(k => k.SdgTarget)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => "SDG " + t!.Split('.')[0].Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (goals.Count == 0)
        {
            exposure[Unmapped] = exposure.GetValueOrDefault(Unmapped) + value;
            return;
        }
        foreach (string goal in goals) exposure[goal] = exposure.GetValueOrDefault(goal) + value / goals.Count;
    }

    private static List<ValidationProblem> Validate(
        string currency, IReadOnlyList<PortfolioHolding> holdings, IReadOnlyList<ListedInstrumentImpact> instruments, Dictionary<string, ListedInstrumentImpact> bySymbol)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(currency)) problems.Add(new("currency", "the portfolio's currency is missing"));
        for (int i = 0; i < instruments.Count; i++)
        {
            var instrument = instruments[i];
            string at = $"instruments[{i}]";
            if (instruments.Take(i).Any(other => other.Symbol == instrument.Symbol)) problems.Add(new($"{at}.symbol", $"{instrument.Symbol} is listed twice"));
            if (instrument.UnitsOutstanding <= 0) problems.Add(new($"{at}.units_outstanding", $"must be positive, was {instrument.UnitsOutstanding}"));
            if (instrument.UnitPrice < 0) problems.Add(new($"{at}.unit_price", $"must not be negative, was {instrument.UnitPrice}"));
            if (instrument.Currency != currency)
                problems.Add(new($"{at}.currency", $"{instrument.Symbol} is priced in {instrument.Currency}, the portfolio in {currency}: no exchange rates here"));
        }
        for (int i = 0; i < holdings.Count; i++)
        {
            var holding = holdings[i];
            string at = $"holdings[{i}]";
            if (!bySymbol.TryGetValue(holding.Symbol, out var instrument))
            {
                problems.Add(new($"{at}.symbol", $"{holding.Symbol} is not a listed instrument"));
                continue;
            }
            if (holdings.Take(i).Any(other => other.Symbol == holding.Symbol)) problems.Add(new($"{at}.symbol", $"{holding.Symbol} is held twice; give one holding per instrument"));
            if (holding.Units <= 0) problems.Add(new($"{at}.units", $"must be positive, was {holding.Units}"));
            else if (holding.Units > instrument.UnitsOutstanding)
                problems.Add(new($"{at}.units", $"{holding.Units} units of {holding.Symbol} are more than the {instrument.UnitsOutstanding} outstanding"));
        }
        return problems;
    }
}
