using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Obligations;
using SocialExchange.Listing.Portfolios;

namespace SocialExchange.Listing.Tests.Portfolios;

public sealed class ImpactPortfolioTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    private static Kpi Kpi(string id, string unit, string? iris, string? sdg, decimal? baseline) =>
        new(id, id + " measured", unit, iris, sdg, baseline is { } b ? new KpiPoint(b, Start) : null, new KpiPoint(1000, new DateOnly(2028, 1, 1)), null, null, null);

    /// <summary>A housing bond: 1,000,000 nominal at 100% (1 EUR a unit), homes let to low-income families.</summary>
    private static ListedInstrumentImpact Housing(ComplianceStatus status = ComplianceStatus.Good) => new(
        "CASA", "Casa Comune S.p.A.", 1_000_000m, 1m, "EUR",
        [Kpi("homes", "homes", "PI2822", "11.1", 100), Kpi("tenants", "people", null, "1.4", 250)],
        [new("homes", new DateOnly(2025, 12, 31), 150), new("homes", new DateOnly(2026, 6, 30), 180), new("tenants", new DateOnly(2026, 6, 30), 400)],
        status);

    /// <summary>A food company's shares: 50,000 at 20 EUR, meals for the under-served, no baseline.</summary>
    private static ListedInstrumentImpact Food(ComplianceStatus status = ComplianceStatus.Good) => new(
        "PASTO", "Pasto Buono S.r.l. SB", 50_000m, 20m, "EUR",
        [Kpi("meals", "meals", null, "2.1", null)],
        [new("meals", new DateOnly(2026, 6, 30), 120_000)],
        status);

    [Fact]
    public void Compute_AttributesEachKpiProRataToTheShareHeld_FromTheLatestReport()
    {
        var report = ImpactPortfolio.Compute("EUR", [new("CASA", 10_000m), new("PASTO", 500m)], [Housing(), Food()]);

        Assert.True(report.IsValid);
        Assert.Equal(10_000m + 500m * 20m, report.TotalValue);
        var homes = Assert.Single(report.Kpis, k => k.KpiId == "homes");
        Assert.Equal(0.01m, homes.Share);
        Assert.Equal(180m, homes.LatestValue); // the June report, not December's
        Assert.Equal(80m, homes.Improvement);
        Assert.Equal(1.8m, homes.AttributedValue);
        Assert.Equal(0.8m, homes.AttributedImprovement);
        Assert.Equal(0.08m, homes.ImprovementPerThousandInvested); // 0.8 homes per 10,000 EUR
        var meals = Assert.Single(report.Kpis, k => k.KpiId == "meals");
        Assert.Equal(1_200m, meals.AttributedValue); // 1% of the shares, 1% of the meals
        Assert.Null(meals.AttributedImprovement); // no baseline, no improvement to claim
    }

    [Fact]
    public void Compute_AddsUpOnlyKpisWithTheSameIrisMetric_AndSplitsValueEvenlyAcrossSdgGoals()
    {
        var otherHousing = Housing() with { Symbol = "TETTO", Issuer = "Tetto S.p.A." };
        var report = ImpactPortfolio.Compute("EUR", [new("CASA", 10_000m), new("TETTO", 20_000m), new("PASTO", 500m)], [Housing(), otherHousing, Food()]);

        var total = Assert.Single(report.KpiTotals);
        Assert.Equal("PI2822 (homes)", total.Key);
        Assert.Equal(0.8m + 1.6m, total.Value); // "tenants" has no IRIS+ id and "meals" no baseline: not summed
        Assert.Equal(15_000m, report.SdgExposure["SDG 11"]); // each housing holding: half to goal 11, half to goal 1
        Assert.Equal(15_000m, report.SdgExposure["SDG 1"]);
        Assert.Equal(10_000m, report.SdgExposure["SDG 2"]);
        Assert.Equal(report.TotalValue, report.SdgExposure.Values.Sum());
    }

    [Fact]
    public void Compute_LateReportingShare_IsTheValueHeldInIssuersOnTheWatchlistOrWorse()
    {
        var report = ImpactPortfolio.Compute("EUR", [new("CASA", 10_000m), new("PASTO", 500m)], [Housing(ComplianceStatus.Watchlist), Food()]);

        Assert.Equal(0.5m, report.LateReportingShare);
    }

    [Fact]
    public void Compute_HoldingOfAnIssuerThatNeverReported_CountsForValueButAttributesNothing()
    {
        var silent = Food() with { Observations = [] };
        var report = ImpactPortfolio.Compute("EUR", [new("PASTO", 500m)], [silent]);

        Assert.Equal(10_000m, report.TotalValue);
        Assert.Empty(report.Kpis);
    }

    [Fact]
    public void Compute_BadInput_ListsEveryProblemWithItsFieldAndGivesNoFigures()
    {
        var report = ImpactPortfolio.Compute(
            "EUR",
            [new("NOPE", 1m), new("CASA", -5m), new("PASTO", 60_000m)],
            [Housing() with { Currency = "CHF" }, Food()]);

        Assert.False(report.IsValid);
        Assert.Equal(0m, report.TotalValue);
        Assert.Equal(
            [
                "instruments[0].currency: CASA is priced in CHF, the portfolio in EUR: no exchange rates here",
                "holdings[0].symbol: NOPE is not a listed instrument",
                "holdings[1].units: must be positive, was -5",
                "holdings[2].units: 60000 units of PASTO are more than the 50000 outstanding",
            ],
            report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void EngineHoldings_InvestorsPositionsFromTheEngineAccounts_FeedTheImpactReport()
    {
        var engine = new Matching.Engine.MatchingEngine<CorporateActions.RejectionLog>(new Matching.Engine.EngineOptions { Accounts = true }, new());
        engine.AddInstrument(new Matching.Instruments.InstrumentSpec { Id = 1, Symbol = "CASA", Kind = Matching.Instruments.InstrumentKind.Bond, ReferencePrice = 10_000, PriceScale = 2 });
        engine.AddInstrument(new Matching.Instruments.InstrumentSpec { Id = 2, Symbol = "PASTO", ReferencePrice = 2_000, PriceScale = 2 });
        engine.ApplyAccount(new Matching.Commands.AccountCommand(0, Matching.Accounts.AccountAction.OpenAccount, 5, Category: Matching.Accounts.ParticipantCategory.Retail));
        engine.ApplyAccount(new Matching.Commands.AccountCommand(0, Matching.Accounts.AccountAction.DepositHoldings, 5, 1, Amount: 10_000));

        var holdings = EngineHoldings.Of(engine, 5);
        var report = ImpactPortfolio.Compute("EUR", holdings, [Housing(), Food()]);

        Assert.Equal([new PortfolioHolding("CASA", 10_000m)], holdings); // nothing in PASTO
        Assert.Equal(0.01m, Assert.Single(report.Kpis, k => k.KpiId == "homes").Share);
    }
}
