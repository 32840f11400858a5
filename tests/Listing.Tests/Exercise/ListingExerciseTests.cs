using System.Text.Json;
using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Exercise;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Exercise;

/// <summary>The listing exercise runs for every demo issuer and gives a parseable JSON and a sectioned Markdown report.</summary>
public sealed class ListingExerciseTests
{
    public static TheoryData<string, string> EveryDemoWithEveryRulebook()
    {
        var data = new TheoryData<string, string>();
        foreach (var demo in DemoApplications.Names)
            foreach (var rulebook in new[] { "bis", "india-sse", "egm" }) data.Add(demo, rulebook);
        return data;
    }

    private static ExerciseReport Run(string demo, string rulebookId, ExerciseOptions? options = null) =>
        ListingExerciseRunner.Run(Demo(demo), Shipped.Find(rulebookId, DemoApplications.AsOf)!, DemoApplications.AsOf,
            CostAssumptions.LoadDefault(), options ?? ExerciseOptions.Default);

    [Theory]
    [MemberData(nameof(EveryDemoWithEveryRulebook))]
    public void Run_EveryDemoIssuer_JsonParsesAndMarkdownHasEverySection(string demo, string rulebookId)
    {
        var report = Run(demo, rulebookId);

        using var json = JsonDocument.Parse(ExerciseJson.Write(report));
        var root = json.RootElement;
        Assert.Equal(rulebookId, root.GetProperty("rulebook").GetString());
        Assert.Equal(report.Rules.Count, root.GetProperty("rules").GetArrayLength());
        Assert.Equal(report.Gaps.Count, root.GetProperty("gaps").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("costs").ValueKind);

        var markdown = MarkdownReportWriter.Write(report);
        foreach (var section in new[] { "# Listing exercise", "## Rule evaluation", "## Readiness gaps", "## Offer", "## Costs and burden", "## Benefits", "## Assumptions" })
            Assert.Contains(section, markdown);
        foreach (var rule in report.Rules) Assert.Contains($"| {rule.RuleId} |", markdown);
        // Synthetic demand must fit the instrument: the engine refuses none of it.
        Assert.DoesNotContain(report.Offer?.Problems ?? [], p => p.Contains("refused by the engine", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SocialCooperativeOnBis_CapitalCompanyRuleIsAGovernanceGapAndCosted()
    {
        var report = Run("social-cooperative", "bis");

        var gap = Assert.Single(report.Gaps);
        Assert.Equal("BIS-E1", gap.RuleId);
        Assert.Equal("change to make", gap.Kind);
        var governance = report.Costs.Single(c => c.Id == "governance_change");
        Assert.Equal(1, governance.Quantity);
        Assert.Equal(6_000m, governance.Amount);
        Assert.Equal(report.Costs.Where(c => c.Kind != "annual").Sum(c => c.Amount), report.OneOffCost);
    }

    [Fact]
    public void Run_SocialCooperativeOnBis_OfferRaisesCapitalThroughTheEngine()
    {
        var offer = Run("social-cooperative", "bis").Offer!;

        Assert.Equal("allotted", offer.Outcome);
        Assert.Equal(2_000_000m, offer.UnitsOffered);
        Assert.InRange(offer.CapitalRaised, 1_200_000m, 2_000_000m); // minimum subscription is 60% of 2m
        Assert.True(offer.InvestorsAllotted > 0);
    }

    [Fact]
    public void Run_WeakDemand_MinimumMissedAndNothingRaised()
    {
        var offer = Run("social-cooperative", "bis", new ExerciseOptions(Seed: 5, DemandMultiple: 0.3m)).Offer!;

        Assert.Equal("minimum subscription missed, all refunded", offer.Outcome);
        Assert.Equal(0m, offer.CapitalRaised);
        Assert.True(offer.Refunds > 0);
    }

    [Fact]
    public void Run_SameSeedTwice_SameJson()
    {
        Assert.Equal(ExerciseJson.Write(Run("affordable-housing", "bis")), ExerciseJson.Write(Run("affordable-housing", "bis")));
        Assert.NotEqual(ExerciseJson.Write(Run("affordable-housing", "bis")),
            ExerciseJson.Write(Run("affordable-housing", "bis", new ExerciseOptions(Seed: 99))));
    }

    [Fact]
    public void Run_EveryCostLine_CarriesItsBasis()
    {
        var report = Run("health-care", "india-sse");

        Assert.All(report.Costs, c => Assert.False(string.IsNullOrWhiteSpace(c.Basis)));
        Assert.Contains(report.Assumptions, a => a.Contains("not sourced facts", StringComparison.Ordinal));
        Assert.Contains("| assumption |", MarkdownReportWriter.Write(report));
    }
}
