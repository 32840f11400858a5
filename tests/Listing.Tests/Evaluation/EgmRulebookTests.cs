using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Evaluation;

/// <summary>The Euronext Growth Milan rulebook at and around its thresholds, including the 4-Dec-2023 change.</summary>
public sealed class EgmRulebookTests
{
    private static readonly ListingApplication Food = Demo("societa-benefit-food");

    [Theory]
    [InlineData(10, RuleOutcome.Pass)]
    [InlineData(9.99, RuleOutcome.Fail)]
    [InlineData(100, RuleOutcome.Pass)]
    public void FreeFloat_AtLeastTenPercent(double pct, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Food.WithOffer(o => o with { FreeFloatPct = (decimal)pct, InstitutionalPlacementPct = Math.Min(9, (decimal)pct) }), Egm, "EGM-A1").Outcome);

    [Theory]
    [InlineData("2023-12-03", 7.5, RuleOutcome.Fail)]   // before 4-Dec-2023 the whole 10% went to institutions
    [InlineData("2023-12-03", 10, RuleOutcome.Pass)]
    [InlineData("2023-12-04", 7.5, RuleOutcome.Pass)]
    [InlineData("2023-12-04", 7.49, RuleOutcome.Fail)]
    public void InstitutionalPlacement_ChangedOnFourthDecember2023(string asOf, double pct, RuleOutcome expected)
    {
        var application = Food.WithOffer(o => o with { FreeFloatPct = 12, InstitutionalPlacementPct = (decimal)pct });
        var result = Rule(application, Egm, "EGM-A2", D(asOf));
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(2, result.RuleVersion);
    }

    [Theory]
    [InlineData(5, RuleOutcome.Pass)]
    [InlineData(4, RuleOutcome.Fail)]
    [InlineData(null, RuleOutcome.MissingEvidence)]
    public void InstitutionalInvestors_AtLeastFive(int? investors, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Food.WithOffer(o => o with { InstitutionalInvestors = investors }), Egm, "EGM-A3").Outcome);

    [Theory]
    [InlineData(1, RuleOutcome.Pass)]
    [InlineData(0, RuleOutcome.Fail)]
    [InlineData(null, RuleOutcome.MissingEvidence)]
    public void IndependentDirector_AtLeastOne(int? directors, RuleOutcome expected)
    {
        var application = Food.WithIssuer(i => i with { Governance = i.Governance with { IndependentDirectors = directors } });
        Assert.Equal(expected, Rule(application, Egm, "EGM-A6").Outcome);
    }

    [Fact]
    public void AdvisorAndSpecialist_Absent_Fail()
    {
        var application = Food.WithOffer(o => o with { Advisor = null, Specialist = " " });
        Assert.Equal(RuleOutcome.Fail, Rule(application, Egm, "EGM-A4").Outcome);
        Assert.Equal(RuleOutcome.Fail, Rule(application, Egm, "EGM-A5").Outcome);
    }

    [Fact]
    public void AuditedAccounts_LatestNotAudited_Fails_NoFinancials_NotApplicable()
    {
        var years = Food.Issuer.Financials.ToArray();
        years[^1] = years[^1] with { Audited = false };
        Assert.Equal(RuleOutcome.Fail, Rule(Food.WithFinancials(years), Egm, "EGM-A9").Outcome);
        Assert.Equal(RuleOutcome.NotApplicable, Rule(Food.WithFinancials(), Egm, "EGM-A9").Outcome);
    }

    [Theory]
    [InlineData(true, 7_999_999.99, RuleOutcome.Pass)]
    [InlineData(true, 8_000_000, RuleOutcome.Fail)]          // "below EUR 8m" is strict
    [InlineData(false, 20_000_000, RuleOutcome.NotApplicable)]
    [InlineData(null, 20_000_000, RuleOutcome.MissingEvidence)]
    public void RetailOffer_BelowEightMillion(bool? retail, double size, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Food.WithOffer(o => o with { RetailTranche = retail, Size = (decimal)size }), Egm, "EGM-A11").Outcome);

    [Fact]
    public void Bond_NoSegment_ShareRulesNotApplicable()
    {
        var bond = Demo("health-care");
        Assert.Equal(RuleOutcome.Fail, Rule(bond, Egm, "EGM-S1").Outcome);
        foreach (var id in new[] { "EGM-A1", "EGM-A2", "EGM-A3" })
            Assert.Equal(RuleOutcome.NotApplicable, Rule(bond, Egm, id).Outcome);
    }
}
