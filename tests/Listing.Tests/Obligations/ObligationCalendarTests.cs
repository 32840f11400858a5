using SocialExchange.Listing.Obligations;
using SocialExchange.Listing.Rulebooks;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Obligations;

/// <summary>Reporting calendars: deadlines computed from period ends, dated extensions, conditions on the issuer.</summary>
public sealed class ObligationCalendarTests
{
    [Fact]
    public void Build_BisCalendarYear_ImpactReport120DaysAfterYearEnd()
    {
        var calendar = ObligationCalendar.Build(Bis, null, D("2025-12-31"), D("2025-01-01"), D("2025-12-31"), D("2026-01-15"));

        var report = Assert.Single(calendar, d => d.ObligationId == "BIS-O1");
        Assert.Equal(D("2025-12-31"), report.PeriodEnd);
        Assert.Equal(D("2026-04-30"), report.Due);
        Assert.Equal(ObligationKind.AnnualImpactReport, report.Kind);
    }

    [Fact]
    public void Build_IndiaExtensionAnnounced_DeadlineMovesOnlyOnceKnown()
    {
        Assert.Equal(D("2024-10-31"), ImpactReportDue(asOf: D("2024-06-01")));
        Assert.Equal(D("2025-01-31"), ImpactReportDue(asOf: D("2024-11-01")));
    }

    private static DateOnly ImpactReportDue(DateOnly asOf) =>
        ObligationCalendar.Build(India, null, D("2024-03-31"), D("2024-03-01"), D("2024-03-31"), asOf)
            .Single(d => d.ObligationId == "IND-O1").Due;

    [Fact]
    public void Build_DonationInstrument_QuarterlyFundUseStatementsButNotOnTheYearEnd()
    {
        var calendar = ObligationCalendar.Build(India, Demo("india-npo"), D("2025-03-31"), D("2025-04-01"), D("2026-03-31"), D("2025-04-01"));

        var fundUse = calendar.Where(d => d.ObligationId == "IND-O4").ToList();
        Assert.Equal([D("2025-06-30"), D("2025-09-30"), D("2025-12-31")], fundUse.Select(d => d.PeriodEnd));
        Assert.Equal(D("2025-08-14"), fundUse[0].Due);
    }

    [Fact]
    public void Build_BondOfACompany_NoDonationOrNonProfitObligations()
    {
        var calendar = ObligationCalendar.Build(India, Demo("health-care"), D("2025-03-31"), D("2025-04-01"), D("2026-03-31"), D("2025-04-01"));

        Assert.DoesNotContain(calendar, d => d.ObligationId == "IND-O4");
        Assert.Contains(calendar, d => d.ObligationId == "IND-O1");
    }

    [Fact]
    public void Build_EventDates_EventDisclosureSevenDaysLater()
    {
        var calendar = ObligationCalendar.Build(India, null, D("2025-03-31"), D("2025-04-01"), D("2026-03-31"), D("2025-04-01"),
            [D("2025-07-10"), D("2027-01-01")]);

        var disclosure = Assert.Single(calendar, d => d.ObligationId == "IND-O3");
        Assert.Equal(D("2025-07-17"), disclosure.Due);
    }
}
