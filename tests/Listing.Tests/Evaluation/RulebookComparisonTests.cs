using SocialExchange.Listing.Evaluation;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Evaluation;

public sealed class RulebookComparisonTests
{
    [Fact]
    public void Compare_SocialCooperative_BisAgainstIndia_AlignsByCriterion()
    {
        var comparison = RulebookEvaluator.Compare(Demo("social-cooperative"), Bis, India, D("2026-06-30"));

        Assert.Equal(EvaluationVerdict.NotEligible, comparison.Left.Verdict);
        Assert.Equal("bis", comparison.Left.RulebookId);
        Assert.Equal("india-sse", comparison.Right.RulebookId);

        // Legal form: the Borsa admits capital companies only; India's legal-form rules concern NPOs and ZCZP issuers.
        var legalForm = comparison.Row("legal_form")!;
        Assert.Equal(RuleOutcome.Fail, legalForm.LeftOutcome);
        Assert.Equal(RuleOutcome.NotApplicable, legalForm.RightOutcome);
        Assert.True(legalForm.Differs);
        Assert.Equal(["IND-N1", "IND-Z0"], legalForm.Right.Select(r => r.RuleId));

        // Criteria only one rulebook has appear with an empty other side.
        var measurability = comparison.Row("measurability")!;
        Assert.Empty(measurability.Right);
        Assert.Null(measurability.RightOutcome);
        Assert.Empty(comparison.Row("target_population")!.Left);

        // Left criteria come first, in rulebook order.
        Assert.Equal("instrument", comparison.Rows[0].Criterion);
        Assert.Equal(comparison.Left.Results.Count + comparison.Right.Results.Count, comparison.Rows.Sum(r => r.Left.Count + r.Right.Count));
    }

    [Fact]
    public void Compare_WorstOutcomePerSide_FailBeatsMissingBeatsPass()
    {
        // The health-care company's reporting: India fails the 90-day deadline and lacks coverage evidence.
        var comparison = RulebookEvaluator.Compare(Demo("health-care"), Egm, India, D("2026-06-30"));
        var reporting = comparison.Row("reporting")!;
        Assert.Empty(reporting.Left);
        Assert.Equal(RuleOutcome.Fail, reporting.RightOutcome);
    }
}
