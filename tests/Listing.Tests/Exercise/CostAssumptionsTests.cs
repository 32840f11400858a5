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
}
