using SocialExchange.Listing.Rulebooks;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Rulebooks;

/// <summary>The three shipped rulebooks load at startup and keep the properties the committee relies on.</summary>
public sealed class ShippedRulebookTests
{
    [Fact]
    public void LoadShipped_ThreeRulebooks_LoadWithoutProblems() =>
        Assert.Equal(["bis", "egm", "india-sse"], Shipped.All.Select(r => r.Id).ToArray());

    [Fact]
    public void EveryRule_HasSourcesDeclaredInItsRulebook()
    {
        foreach (var rulebook in Shipped.All)
        foreach (var rule in rulebook.Rules)
        {
            Assert.NotEmpty(rule.Sources);
            Assert.All(rule.Sources, s => Assert.True(rulebook.Sources.ContainsKey(s), $"{rulebook.Id} {rule.Id}: {s}"));
        }
    }

    [Fact]
    public void EveryRulebook_DocumentsItsBoundarySemantics()
    {
        Assert.All(Shipped.All, r => Assert.Contains("inclusive", r.BoundarySemantics));
        Assert.Contains("2/3", India.BoundarySemantics);
    }

    [Fact]
    public void Bis_HasTheThreeCriteriaAndDefaultN()
    {
        Assert.Equal(["instrument", "legal_form", "statute", "intentionality", "measurability", "additionality", "admission_document"],
            Bis.Rules.Select(r => r.Criterion).Distinct());
        var measurability = Assert.IsType<KpiCountRule>(Bis.FindRule("BIS-E4"));
        Assert.Equal(3m, measurability.Minimum.Entries.Single().Value.Approximate);
    }

    [Fact]
    public void India_EligibleActivities_AreSixteen() =>
        Assert.Equal(16, Assert.IsType<MembershipRule>(India.FindRule("IND-E2")).Values.Count);

    [Fact]
    public void Find_ByDate_ReturnsVersionInForce()
    {
        Assert.Equal("2026.1", Shipped.Find("india-sse", D("2026-06-30"))!.Version);
        Assert.Null(Shipped.Find("india-sse", D("2022-07-24")));
    }
}
