using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Issuers;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Evaluation;

/// <summary>The Borsa dell'Impatto Sociale rulebook at and around its criteria.</summary>
public sealed class BisRulebookTests
{
    private static readonly ListingApplication Food = Demo("societa-benefit-food");

    [Theory]
    [InlineData(LegalForm.JointStockCompany, RuleOutcome.Pass)]
    [InlineData(LegalForm.LimitedLiabilityCompany, RuleOutcome.Pass)]
    [InlineData(LegalForm.PartnershipLimitedByShares, RuleOutcome.Pass)]
    [InlineData(LegalForm.Partnership, RuleOutcome.Fail)]
    [InlineData(LegalForm.Cooperative, RuleOutcome.Fail)]
    [InlineData(LegalForm.SocialCooperative, RuleOutcome.Fail)]
    [InlineData(LegalForm.Foundation, RuleOutcome.Fail)]
    [InlineData(LegalForm.Association, RuleOutcome.Fail)]
    public void CapitalCompanyOnly(LegalForm form, RuleOutcome expected)
    {
        var application = Food.WithIssuer(i => i with { LegalForm = form, Qualifications = LegalQualifications.None });
        Assert.Equal(expected, Rule(application, Bis, "BIS-E1").Outcome);
    }

    [Fact]
    public void StatuteObjectives_SocietaBenefitWithoutListedObjectives_PassesByConstruction()
    {
        Assert.Empty(Food.Issuer.Statute.ImpactObjectives);
        var result = Rule(Food, Bis, "BIS-E2");
        Assert.Equal(RuleOutcome.Pass, result.Outcome);
        Assert.StartsWith("Satisfied by construction: a società benefit", result.Sentence);
    }

    [Fact]
    public void StatuteObjectives_OrdinaryCompanyWithoutObjectives_Fails()
    {
        var application = Food.WithIssuer(i => i with { Qualifications = LegalQualifications.None });
        Assert.Equal(RuleOutcome.Fail, Rule(application, Bis, "BIS-E2").Outcome);
    }

    [Fact]
    public void StatuteObjectives_OrdinaryCompanyWithObjectives_Passes()
    {
        var application = Food.WithIssuer(i => i with
        {
            Qualifications = LegalQualifications.None,
            Statute = i.Statute with { ImpactObjectives = ["Fair income for small farmers"] },
        });
        Assert.Equal(RuleOutcome.Pass, Rule(application, Bis, "BIS-E2").Outcome);
    }

    [Fact]
    public void Intentionality_NoTheoryOfChange_FailsNamingIt()
    {
        var application = Food with { Impact = Food.Impact with { TheoryOfChange = null } };
        var result = Rule(application, Bis, "BIS-E3");
        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("does not state the theory of change", result.Sentence);
    }

    private static Kpi Complete(string id) => new(id, id, "people", null, null, new KpiPoint(1, D("2025-12-31")), new KpiPoint(2, D("2028-12-31")), ReportingFrequency.Annual, "register", null);

    [Theory]
    [InlineData(3, 0, RuleOutcome.Pass)]   // exactly N = 3
    [InlineData(4, 0, RuleOutcome.Pass)]
    [InlineData(2, 1, RuleOutcome.Fail)]
    [InlineData(2, 0, RuleOutcome.Fail)]
    [InlineData(0, 0, RuleOutcome.MissingEvidence)]
    public void Measurability_AtLeastThreeKpisWithBaselineAndTarget(int complete, int withoutBaseline, RuleOutcome expected)
    {
        var kpis = Enumerable.Range(0, complete).Select(i => Complete($"k{i}"))
            .Concat(Enumerable.Range(0, withoutBaseline).Select(i => Complete($"nb{i}") with { Baseline = null })).ToList();
        var application = Food with { Impact = Food.Impact with { Kpis = kpis } };
        Assert.Equal(expected, Rule(application, Bis, "BIS-E4").Outcome);
    }

    [Fact]
    public void Measurability_IncompleteKpis_SentenceSaysWhatEachLacks()
    {
        var kpis = new[] { Complete("a"), Complete("b") with { Baseline = null }, Complete("c") with { Target = null } };
        var result = Rule(Food with { Impact = Food.Impact with { Kpis = kpis } }, Bis, "BIS-E4");
        Assert.Equal("Only 1 of 3 KPIs have a baseline and a target; at least 3 are required: not met. Incomplete: b lacks a baseline; c lacks a target.", result.Sentence);
        Assert.Equal("1 of 3", result.Compared.Single().Actual);
    }

    [Theory]
    [InlineData(50, RuleOutcome.Pass)]       // one half, inclusive
    [InlineData(49.99, RuleOutcome.Fail)]
    [InlineData(100, RuleOutcome.Pass)]
    public void Additionality_ShareOfProceedsToUnderServed(double pct, RuleOutcome expected)
    {
        var uses = new[] { new ProceedsUse("under-served", (decimal)pct, true), new ProceedsUse("other", 100 - (decimal)pct, false) };
        var application = Food with { AdmissionDocument = Food.AdmissionDocument with { UseOfProceeds = uses } };
        Assert.Equal(expected, Rule(application, Bis, "BIS-E6").Outcome);
    }

    [Fact]
    public void Additionality_NoUseOfProceeds_MissingEvidence()
    {
        var application = Food with { AdmissionDocument = Food.AdmissionDocument with { UseOfProceeds = [] } };
        Assert.Equal(RuleOutcome.MissingEvidence, Rule(application, Bis, "BIS-E6").Outcome);
    }

    [Theory]
    [InlineData(true, false, RuleOutcome.Pass)]
    [InlineData(false, true, RuleOutcome.Pass)]
    [InlineData(false, false, RuleOutcome.Fail)]
    public void Additionality_TargetPopulationOrUnderServedArea(bool population, bool area, RuleOutcome expected)
    {
        var application = Food with
        {
            Impact = Food.Impact with { TargetPopulation = population ? "small farmers" : null, UnderServedArea = area ? "inner areas" : null },
        };
        Assert.Equal(expected, Rule(application, Bis, "BIS-E5").Outcome);
    }

    [Fact]
    public void Segments_BondGoesToBondSegment_DonationHasNone()
    {
        Assert.Equal(RuleOutcome.Pass, Rule(Demo("social-cooperative"), Bis, "BIS-S1").Outcome);
        var donation = Rule(Demo("nonprofit-foundation"), Bis, "BIS-S1");
        Assert.Equal(RuleOutcome.Fail, donation.Outcome);
        Assert.Contains("admits a donation instrument", donation.Sentence);
    }

    [Fact]
    public void Evaluate_BeforeRulebookTookEffect_FlagsWhatIf()
    {
        var evaluation = RulebookEvaluator.Evaluate(Food, Bis, D("2021-04-25"));
        Assert.False(evaluation.RulebookInForce);
        Assert.True(RulebookEvaluator.Evaluate(Food, Bis, D("2021-04-26")).RulebookInForce);
    }

    [Fact]
    public void Results_CarryRuleIdVersionAndSources()
    {
        var result = Rule(Food, Bis, "BIS-E4");
        Assert.Equal(("BIS-E4", 1, "measurability", "kpi_count"), (result.RuleId, result.RuleVersion, result.Criterion, result.Kind));
        Assert.Contains("S-105", result.Sources);
    }
}
