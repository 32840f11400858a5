using SocialExchange.Listing.Exercise;

namespace SocialExchange.Listing.Tests.Exercise;

/// <summary>The cost file: defaults load and are marked; a broken file lists every problem with its field.</summary>
public sealed class CostAssumptionsTests
{
    [Fact]
    public void LoadDefault_EveryItemMarkedAsAssumptionOrSourced()
    {
        var costs = CostAssumptions.LoadDefault();

        Assert.Equal("EUR", costs.Currency);
        Assert.Contains(costs.Items, i => i.Id == "advisor" && i.Kind == CostKind.OneOff);
        Assert.All(costs.Items, i => Assert.True(i.IsAssumption || i.Basis.StartsWith("S-", StringComparison.Ordinal)));
        Assert.Equal(400m * 40m, costs.Items.Single(i => i.Id == "staff_preparation").Amount);
    }

    [Fact]
    public void Parse_BadFile_EveryProblemWithItsFieldAndNoResult()
    {
        const string yaml = """
            currency: EUR
            items:
              - id: advisor
                label: Advisor
                kind: sometimes
                amount: 10
                basis: assumption
              - id: audit
                label: Audit
                kind: annual
                basis: assumption
                colour: red
            """;

        var (costs, problems) = CostAssumptions.Parse(yaml, "costs.yaml");

        Assert.Null(costs);
        Assert.Contains(problems, p => p.Contains("items[0].kind", StringComparison.Ordinal) && p.Contains("'sometimes'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("items[1].amount", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("colour", StringComparison.Ordinal));
    }

    [Fact]
    public void ExchangeRates_BadEntries_EachProblemNamed()
    {
        const string yaml = """
            currency: EUR
            items: []
            exchange_rates:
              - {currency: inr, per_cost_currency: 95, basis: x}
              - {currency: USD, per_cost_currency: 0, basis: x}
              - {currency: EUR, per_cost_currency: 1, basis: x}
            """;
        var (costs, problems) = CostAssumptions.Parse(yaml, "costs.yaml");
        Assert.Null(costs);
        Assert.Contains(problems, p => p.Contains("exchange_rates[0].currency") && p.Contains("'inr'"));
        Assert.Contains(problems, p => p.Contains("exchange_rates[1].per_cost_currency") && p.Contains("must be positive"));
        Assert.Contains(problems, p => p.Contains("exchange_rates[2].currency") && p.Contains("cost currency itself"));
    }

    [Fact]
    public void ExchangeRates_CapitalInAnotherCurrency_SetAgainstTheCosts()
    {
        var costs = CostAssumptions.LoadDefault();
        var report = ListingExerciseRunner.Run(Fixtures.Demo("india-npo"), Fixtures.India, Fixtures.D("2026-06-30"), costs, ExerciseOptions.Default);
        var rate = costs.RateFor("INR")!;
        Assert.Equal(rate, report.CapitalExchangeRate);
        Assert.Equal(Math.Round(report.Offer!.CapitalRaised / rate.PerCostCurrency, 2), report.CapitalRaisedInCostCurrency);
        Assert.NotNull(report.OneOffCostShareOfCapital);

        var withoutRates = ListingExerciseRunner.Run(Fixtures.Demo("india-npo"), Fixtures.India, Fixtures.D("2026-06-30"), costs with { ExchangeRates = [] }, ExerciseOptions.Default);
        Assert.Null(withoutRates.OneOffCostShareOfCapital);
        Assert.Contains(withoutRates.Assumptions, a => a.Contains("no exchange rate for INR"));
    }

    [Fact]
    public void Currency_NotAnIsoCode_Named()
    {
        var (costs, problems) = CostAssumptions.Parse("currency: euro\nitems: []\n", "costs.yaml");
        Assert.Null(costs);
        Assert.Contains(problems, p => p.Contains("currency") && p.Contains("'euro'"));
    }
}
