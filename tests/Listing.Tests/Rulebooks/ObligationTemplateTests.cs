using SocialExchange.Listing.Rulebooks;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Rulebooks;

/// <summary>Deadlines of continuing obligations, computed from dates, with effective-dated changes and per-year overrides.</summary>
public sealed class ObligationTemplateTests
{
    private static ObligationTemplate Obligation(Rulebook rulebook, string id) => rulebook.Obligations.Single(o => o.Id == id);

    [Theory]
    [InlineData("2023-03-31", "2023-12-31", null)]                 // the 90-day rule did not exist yet (Sep 2023)
    [InlineData("2025-03-31", "2025-12-31", "2025-06-29")]         // 90 days
    [InlineData("2024-03-31", "2024-05-01", "2024-06-29")]         // before any circular on FY 2023-24
    [InlineData("2024-03-31", "2024-05-27", "2024-10-31")]         // circular of 27-May-2024
    [InlineData("2024-03-31", "2024-10-06", "2024-10-31")]
    [InlineData("2024-03-31", "2024-10-07", "2025-01-31")]         // extended on 7-Oct-2024
    public void IndiaAnnualImpactReport_DueDate(string fiscalYearEnd, string asOf, string? expected)
    {
        var due = Obligation(India, "IND-O1").DueFor(D(fiscalYearEnd), D(asOf));
        Assert.Equal(expected, due is null ? null : due.Date.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void IndiaAnnualImpactReport_BasisNamesSource()
    {
        Assert.Equal("set for the period ending 2024-03-31 by the decision of 2024-10-07 [S-27]", Obligation(India, "IND-O1").DueFor(D("2024-03-31"), D("2024-12-01"))!.Basis);
        Assert.Equal("90 days after the fiscal-year end of 2025-03-31 [S-27]", Obligation(India, "IND-O1").DueFor(D("2025-03-31"), D("2025-04-01"))!.Basis);
    }

    [Fact]
    public void IndiaAnnualImpactReport_CoverageFromSeptember2025()
    {
        var coverage = Obligation(India, "IND-O1").Coverage!;
        Assert.Null(coverage.InForceOn(D("2025-09-18")));
        Assert.Equal("67%", coverage.InForceOn(D("2025-09-19"))!.Value.ToString());
    }

    [Fact]
    public void IndiaEventDisclosure_SevenDays() =>
        Assert.Equal(D("2026-02-08"), Obligation(India, "IND-O3").DueFor(D("2026-02-01"), D("2026-02-01"))!.Date);

    [Fact]
    public void EgmReports_HalfYearThreeMonths_AnnualSixMonths()
    {
        Assert.Equal(D("2025-09-30"), Obligation(Egm, "EGM-C1").DueFor(D("2025-06-30"), D("2025-07-01"))!.Date);
        Assert.Equal(D("2026-06-30"), Obligation(Egm, "EGM-C2").DueFor(D("2025-12-31"), D("2026-01-01"))!.Date);
    }
}
