using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Evaluation;

/// <summary>Behaviour shared by all rule kinds (windows, conditions) and the kinds' own edge cases, on small inline rulebooks.</summary>
public sealed class RuleKindTests
{
    private static readonly ListingApplication Food = Demo("societa-benefit-food");

    [Fact]
    public void EffectiveWindow_OutsideIt_NotApplicableWithDates()
    {
        var rulebook = TestRulebook("""
            - id: W
              version: 1
              title: window
              criterion: c
              kind: present
              fields: [offer.advisor]
              effective_from: 2024-01-01
              effective_until: 2024-12-31
            """);
        Assert.Equal("Not in force on 2023-12-31: the rule takes effect on 2024-01-01.", Rule(Food, rulebook, "W", D("2023-12-31")).Sentence);
        Assert.Equal(RuleOutcome.Pass, Rule(Food, rulebook, "W", D("2024-01-01")).Outcome);
        Assert.Equal(RuleOutcome.Pass, Rule(Food, rulebook, "W", D("2024-12-31")).Outcome);
        Assert.Equal("Not in force on 2025-01-01: the rule ended on 2024-12-31.", Rule(Food, rulebook, "W", D("2025-01-01")).Sentence);
    }

    [Fact]
    public void AppliesWhen_FlagNotStated_MissingEvidence()
    {
        var rulebook = TestRulebook("""
            - id: F
              version: 1
              title: retail only
              criterion: c
              kind: present
              fields: [offer.advisor]
              applies_when:
                flags:
                  offer.retail_tranche: true
            """);
        var result = Rule(Food.WithOffer(o => o with { RetailTranche = null }), rulebook, "F");
        Assert.Equal(RuleOutcome.MissingEvidence, result.Outcome);
        Assert.Equal("Cannot tell whether the rule applies: the retail tranche offered is not stated.", result.Sentence);
    }

    [Fact]
    public void Presence_AnyOne_PassesWithOne_FailsWithNone()
    {
        var rulebook = TestRulebook("""
            - id: P
              version: 1
              title: one of
              criterion: c
              kind: present
              fields: [offer.registrar, offer.advisor]
              any_one: true
            """);
        Assert.Equal(RuleOutcome.Pass, Rule(Food, rulebook, "P").Outcome);
        Assert.Equal(RuleOutcome.Fail, Rule(Food.WithOffer(o => o with { Advisor = null }), rulebook, "P").Outcome);
    }

    [Fact]
    public void KpiCount_FutureTargetRequired_TargetOnEvaluationDayDoesNotCount()
    {
        var rulebook = TestRulebook("""
            - id: K
              version: 1
              title: ex ante
              criterion: c
              kind: kpi_count
              minimum: 3
              requires: [baseline, future_target]
            """);
        Assert.Equal(RuleOutcome.Pass, Rule(Food, rulebook, "K", D("2029-12-30")).Outcome);
        var result = Rule(Food, rulebook, "K", D("2029-12-31"));
        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("lacks a target dated after 2029-12-31", result.Sentence);
    }

    [Fact]
    public void Threshold_DatedKpiMinimum_ChangesWithDate()
    {
        var rulebook = TestRulebook("""
            - id: N
              version: 2
              title: more KPIs later
              criterion: c
              kind: kpi_count
              minimum:
                - value: 3
                - from: 2027-01-01
                  value: 4
                  source: S-1
              requires: [baseline, target]
            """);
        Assert.Equal(RuleOutcome.Pass, Rule(Food, rulebook, "N", D("2026-12-31")).Outcome);
        var later = Rule(Food, rulebook, "N", D("2027-01-01"));
        Assert.Equal(RuleOutcome.Fail, later.Outcome);
        Assert.Equal(">= 4 KPIs with a baseline and a target (in force since 2027-01-01, S-1)", later.Compared.Single().Required);
    }

    [Theory]
    [InlineData(">", 10, RuleOutcome.Fail)]
    [InlineData(">=", 10, RuleOutcome.Pass)]
    [InlineData("<", 10, RuleOutcome.Fail)]
    [InlineData("<=", 10, RuleOutcome.Pass)]
    [InlineData("==", 10, RuleOutcome.Pass)]
    [InlineData("==", 11, RuleOutcome.Fail)]
    public void Threshold_Operators_AtTheBoundary(string op, int threshold, RuleOutcome expected)
    {
        var rulebook = TestRulebook($"""
            - id: O
              version: 1
              title: operators
              criterion: c
              kind: threshold
              field: offer.window_working_days
              operator: "{op}"
              threshold: {threshold}
            """);
        Assert.Equal(expected, Rule(Food.WithOffer(o => o with { WindowWorkingDays = 10 }), rulebook, "O").Outcome);
    }

    [Fact]
    public void Threshold_ShareAgainstUnroundedFraction_ShowsEnoughDecimals()
    {
        var rulebook = TestRulebook("""
            - id: S
              version: 1
              title: two thirds
              criterion: c
              kind: threshold
              field: offer.free_float_pct
              operator: ">="
              threshold: 2/3
            """);
        var result = Rule(Food.WithOffer(o => o with { FreeFloatPct = 66.666m, InstitutionalPlacementPct = 9 }), rulebook, "S");
        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Equal("66.666%", result.Compared.Single().Actual);
        Assert.Equal(">= 2/3 (66.67%)", result.Compared.Single().Required);
    }
}
