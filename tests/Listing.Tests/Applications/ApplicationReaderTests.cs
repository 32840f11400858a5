using SocialExchange.Listing.Applications;

namespace SocialExchange.Listing.Tests.Applications;

/// <summary>Applications read from YAML: reading and validation problems together, each with its field path and line.</summary>
public sealed class ApplicationReaderTests
{
    private static readonly DateOnly AsOf = DemoApplications.AsOf;

    private static string DemoText(string name) => File.ReadAllText(Path.Combine(DemoApplications.Directory, name + ".yaml"));

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(fragment)).i + 1;

    [Fact]
    public void Read_DemoFile_Valid()
    {
        var result = ApplicationReader.Read(DemoText("social-cooperative"), "social-cooperative.yaml", AsOf);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("app-trama-viva-2026", result.Application!.Id);
        Assert.Equal(3, result.Application.Issuer.Financials.Count);
    }

    [Fact]
    public void Read_ContradictoryFigures_ProblemsCarryFieldPathAndLine()
    {
        var text = DemoText("social-cooperative")
            .Replace("      revenue: 4150000", "      revenue: -4150000")                       // negative revenue (financials[1])
            .Replace("target: {value: 20, date: 2029-12-31}", "target: {value: 120, date: 2024-12-31}")  // % over 100, before baseline
            .Replace("  minimum_subscription_pct: 60", "  minimum_subscription_pct: 160");
        var result = ApplicationReader.Read(text, "coop.yaml", AsOf);

        Assert.False(result.IsValid);
        Assert.Null(result.Application);
        var byField = result.Problems.ToDictionary(p => p.Field);
        Assert.Equal(LineOf(text, "revenue: -4150000"), byField["issuer.financials[1].revenue"].Line);
        Assert.Equal(LineOf(text, "target: {value: 120"), byField["impact.kpis[1].target.date"].Line);
        Assert.Equal(LineOf(text, "target: {value: 120"), byField["impact.kpis[1].target.value"].Line);
        Assert.Equal(LineOf(text, "minimum_subscription_pct: 160"), byField["offer.minimum_subscription_pct"].Line);
        // Two revenue-related problems: negative revenue, and a target-population part larger than it.
        Assert.Contains("issuer.financials[1].target_population_revenue", byField.Keys);
        Assert.Equal(5, result.Problems.Count);
        Assert.StartsWith($"line {LineOf(text, "revenue: -4150000")}: issuer.financials[1].revenue: must not be negative", byField["issuer.financials[1].revenue"].ToString());
    }

    [Fact]
    public void Read_MissingAndMistypedFields_EveryProblemWithLine()
    {
        const string yaml = """
            id: app-broken
            issuer:
              id: broken
              country: IT
              legal_form: spa
              incorporation_date: 2020-02-30
              reporting_currency: EUR
              financials:
                - fiscal_year_end: 2024-12-31
                  revenue: lots
                  expenditure: 10
              governance:
                board_size: five
                website: https://example.org
                dress_code: formal
            instrument:
              kind: ordinary_share
              symbol: BRK
              currency: EUR
            """;
        var result = ApplicationReader.Read(yaml, "broken.yaml", AsOf);
        Assert.Null(result.Application);
        Assert.Equal(
            [
                ("issuer.name", 3),
                ("issuer.legal_form", 5),
                ("issuer.incorporation_date", 6),
                ("issuer.financials[0].revenue", 10),
                ("issuer.governance.board_size", 13),
                ("issuer.governance.dress_code", 15),
                ("instrument.issue_price", 17),
            ],
            result.Problems.Select(p => (p.Field, p.Line)));
        Assert.Contains("'spa' is not one of: joint_stock_company", result.Problems[1].Message);
    }

    [Fact]
    public void Read_NotYaml_OneProblemWithLine()
    {
        var result = ApplicationReader.Read("id: x\nissuer: [unclosed\n", "x.yaml", AsOf);
        Assert.Single(result.Problems);
        Assert.Contains("YAML syntax", result.Problems[0].Message);
        Assert.True(result.Problems[0].Line >= 2);
    }
}
