using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Issuers;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Evaluation;

/// <summary>The India SSE rulebook at and around every threshold, including its effective-dated changes.</summary>
public sealed class IndiaSseRulebookTests
{
    private static readonly ListingApplication Trust = Demo("india-npo");

    /// <summary>Three fiscal years whose target-population parts are given per year as (part, total).</summary>
    private static ListingApplication WithShares(
        (decimal Part, decimal Total)[] revenue, (decimal Part, decimal Total)[] expenditure, (long Part, long Total)[]? beneficiaries = null)
    {
        var ends = new[] { D("2024-03-31"), D("2025-03-31"), D("2026-03-31") };
        var years = ends.Select((end, i) => new FiscalYearFinancials(end, revenue[i].Total, revenue[i].Part, expenditure[i].Total, expenditure[i].Part,
            beneficiaries?[i].Total, beneficiaries?[i].Part, FundingReceived: 6_000_000m, Audited: true)).ToArray();
        return Trust.WithFinancials(years);
    }

    private static (decimal, decimal)[] Same(decimal part, decimal total) => [(part, total), (part, total), (part, total)];

    [Theory]
    [InlineData(67, 100, RuleOutcome.Pass)]          // exactly 67%: inclusive
    [InlineData(6701, 10000, RuleOutcome.Pass)]
    [InlineData(6699, 10000, RuleOutcome.Fail)]      // 66.99%
    [InlineData(2, 3, RuleOutcome.Fail)]             // two thirds is below 67% (the boundary decision)
    [InlineData(100, 100, RuleOutcome.Pass)]
    public void SixtySevenPercentTest_ExpenditureShareAroundThreshold(int part, int total, RuleOutcome expected)
    {
        var application = WithShares(Same(0, 100), Same(part, total), [(0, 10), (0, 10), (0, 10)]);
        Assert.Equal(expected, Rule(application, India, "IND-E1").Outcome);
    }

    [Fact]
    public void SixtySevenPercentTest_ThresholdWrittenAsTwoThirds_TwoThirdsPasses()
    {
        // The committee's alternative reading: the same data passes when the file says 2/3.
        var rulebook = TestRulebook("""
            - id: T-67
              version: 1
              title: two thirds
              criterion: target_population
              kind: average_share
              years: 3
              threshold: 2/3
              prongs:
                - {name: expenditure, part: target_population_expenditure, total: expenditure}
            """);
        var application = WithShares(Same(0, 100), Same(2, 3));
        Assert.Equal(RuleOutcome.Pass, Rule(application, rulebook, "T-67").Outcome);
        var below = WithShares(Same(0, 100), [(2, 3), (2, 3), (1999, 3000)]);
        Assert.Equal(RuleOutcome.Fail, Rule(below, rulebook, "T-67").Outcome);
    }

    [Fact]
    public void SixtySevenPercentTest_AmountsWeighted_NotAverageOfYearlyShares()
    {
        // Yearly shares 100%, 10%, 10% average 40%, but the amounts give 1020 / 1200 = 85%.
        var application = WithShares(Same(0, 100), [(1000, 1000), (10, 100), (10, 100)], [(0, 10), (0, 10), (0, 10)]);
        var result = Rule(application, India, "IND-E1");
        Assert.Equal(RuleOutcome.Pass, result.Outcome);
        Assert.Contains("expenditure is 85%", result.Sentence);
    }

    [Fact]
    public void SixtySevenPercentTest_OneProngSuffices()
    {
        var application = WithShares(Same(10, 100), Same(20, 100), [(7, 10), (7, 10), (7, 10)]);
        var result = Rule(application, India, "IND-E1");
        Assert.Equal(RuleOutcome.Pass, result.Outcome);
        Assert.Equal(3, result.Compared.Count);
        Assert.Contains("beneficiaries is 70%", result.Sentence);
    }

    [Fact]
    public void SixtySevenPercentTest_FailingProngsAndAnUnstatedOne_MissingEvidence()
    {
        // Revenue and expenditure fail; beneficiaries are not stated and could still pass.
        var application = WithShares(Same(10, 100), Same(20, 100));
        Assert.Equal(RuleOutcome.MissingEvidence, Rule(application, India, "IND-E1").Outcome);
    }

    [Fact]
    public void SixtySevenPercentTest_FewerThanThreeYearsEnded_MissingEvidence()
    {
        // On 2026-03-30 the fiscal year ending 2026-03-31 has not ended: only two years count.
        var result = Rule(Trust, India, "IND-E1", D("2026-03-30"));
        Assert.Equal(RuleOutcome.MissingEvidence, result.Outcome);
        Assert.Contains("reports 2", result.Sentence);
    }

    [Fact]
    public void SixtySevenPercentTest_OnlyLatestThreeYearsCount()
    {
        var years = WithShares(Same(0, 100), Same(70, 100), [(0, 10), (0, 10), (0, 10)]).Issuer.Financials
            .Prepend(new FiscalYearFinancials(D("2023-03-31"), 100, 0, 100, 0, 10, 0, 6_000_000m, true)).ToArray();
        Assert.Equal(RuleOutcome.Pass, Rule(Trust.WithFinancials(years), India, "IND-E1").Outcome);
    }

    [Theory]
    [InlineData("2022-09-18", 200_000, RuleOutcome.NotApplicable)] // before the framework: no threshold in force
    [InlineData("2022-09-19", 200_000, RuleOutcome.Pass)]
    [InlineData("2022-09-19", 199_999, RuleOutcome.Fail)]
    [InlineData("2023-12-27", 10_000, RuleOutcome.Fail)]           // still INR 2 lakh the day before the circular
    [InlineData("2023-12-28", 10_000, RuleOutcome.Pass)]
    [InlineData("2023-12-28", 9_999, RuleOutcome.Fail)]
    [InlineData("2025-03-18", 1_000, RuleOutcome.Fail)]            // still INR 10,000
    [InlineData("2025-03-19", 1_000, RuleOutcome.Pass)]
    [InlineData("2025-03-19", 999, RuleOutcome.Fail)]
    [InlineData("2026-06-30", 1_000, RuleOutcome.Pass)]
    public void ZczpMinimumApplication_ByDate(string asOf, int minimumApplication, RuleOutcome expected)
    {
        var application = Trust.WithOffer(o => o with { MinimumApplication = minimumApplication });
        var result = Rule(application, India, "IND-Z2", D(asOf));
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(3, result.RuleVersion);
    }

    [Fact]
    public void ZczpMinimumApplication_SentenceNamesThresholdInForceAndSource()
    {
        var result = Rule(Trust.WithOffer(o => o with { MinimumApplication = 5_000 }), India, "IND-Z2", D("2024-06-01"));
        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Equal("Minimum application size is INR 5,000; at least INR 10,000 is required (in force since 2023-12-28, S-30): not met.", result.Sentence);
        Assert.Equal(">= INR 10,000 (in force since 2023-12-28, S-30)", result.Compared.Single().Required);
    }

    [Theory]
    [InlineData("2023-12-27", 5_000_000, RuleOutcome.Fail)]   // INR 1 crore until the Dec-2023 circular
    [InlineData("2023-12-27", 10_000_000, RuleOutcome.Pass)]
    [InlineData("2023-12-28", 5_000_000, RuleOutcome.Pass)]   // INR 50 lakh since
    [InlineData("2023-12-28", 4_999_999, RuleOutcome.Fail)]
    public void ZczpIssueSize_ByDate(string asOf, int size, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Trust.WithOffer(o => o with { Size = size }), India, "IND-Z1", D(asOf)).Outcome);

    [Theory]
    [InlineData(false, "2026-06-30", 75, "IND-Z3", RuleOutcome.Pass)]
    [InlineData(false, "2026-06-30", 74.99, "IND-Z3", RuleOutcome.Fail)]
    [InlineData(false, "2026-06-30", 50, "IND-Z3", RuleOutcome.Fail)]          // 50% only for per-unit projects
    [InlineData(false, "2026-06-30", 50, "IND-Z4", RuleOutcome.NotApplicable)]
    [InlineData(true, "2026-06-30", 50, "IND-Z3", RuleOutcome.NotApplicable)]
    [InlineData(true, "2026-04-14", 50, "IND-Z4", RuleOutcome.Fail)]            // before the April 2026 circular: 75%
    [InlineData(true, "2026-04-14", 75, "IND-Z4", RuleOutcome.Pass)]
    [InlineData(true, "2026-04-15", 50, "IND-Z4", RuleOutcome.Pass)]
    [InlineData(true, "2026-04-15", 49.99, "IND-Z4", RuleOutcome.Fail)]
    public void ZczpMinimumSubscription_PerUnitProjectsByDate(bool perUnit, string asOf, double pct, string rule, RuleOutcome expected)
    {
        var application = Trust.WithOffer(o => o with { PerUnitProject = perUnit, MinimumSubscriptionPct = (decimal)pct });
        Assert.Equal(expected, Rule(application, India, rule, D(asOf)).Outcome);
    }

    [Theory]
    [InlineData(2, RuleOutcome.Fail, RuleOutcome.Pass)]
    [InlineData(3, RuleOutcome.Pass, RuleOutcome.Pass)]
    [InlineData(10, RuleOutcome.Pass, RuleOutcome.Pass)]
    [InlineData(11, RuleOutcome.Pass, RuleOutcome.Fail)]
    public void ZczpOfferWindow_ThreeToTenWorkingDays(int days, RuleOutcome atLeastThree, RuleOutcome atMostTen)
    {
        var application = Trust.WithOffer(o => o with { WindowWorkingDays = days });
        Assert.Equal(atLeastThree, Rule(application, India, "IND-Z5").Outcome);
        Assert.Equal(atMostTen, Rule(application, India, "IND-Z6").Outcome);
    }

    [Fact]
    public void ZczpRules_ForAShare_NotApplicable()
    {
        var share = Demo("societa-benefit-food");
        foreach (var id in new[] { "IND-Z0", "IND-Z1", "IND-Z2", "IND-Z3", "IND-Z4", "IND-Z5", "IND-Z6", "IND-Z7", "IND-D5" })
            Assert.Equal(RuleOutcome.NotApplicable, Rule(share, India, id).Outcome);
    }

    [Theory]
    [InlineData("2023-06-30", RuleOutcome.Pass)]  // exactly 3 years before 2026-06-30
    [InlineData("2023-07-01", RuleOutcome.Fail)]
    public void NpoAge_AtLeastThreeYears(string incorporated, RuleOutcome expected)
    {
        var application = Trust.WithIssuer(i => i with { IncorporationDate = D(incorporated) });
        Assert.Equal(expected, Rule(application, India, "IND-R1").Outcome);
    }

    [Theory]
    [InlineData(5_000_000, RuleOutcome.Pass)]
    [InlineData(4_999_999, RuleOutcome.Fail)]
    public void NpoAnnualSpending_FiftyLakh(int expenditure, RuleOutcome expected)
    {
        var years = Trust.Issuer.Financials.ToArray();
        years[^1] = years[^1] with { Expenditure = expenditure, TargetPopulationExpenditure = Math.Min(expenditure, years[^1].TargetPopulationExpenditure!.Value) };
        Assert.Equal(expected, Rule(Trust.WithFinancials(years), India, "IND-R2").Outcome);
    }

    [Fact]
    public void NpoAnnualSpending_UsesLatestYearEndedByEvaluationDate()
    {
        // On 2026-03-30 the latest ended year is 2024-25 (INR 7,900,000), not 2025-26.
        var result = Rule(Trust, India, "IND-R2", D("2026-03-30"));
        Assert.Equal("INR 7,900,000", result.Compared.Single().Actual);
    }

    [Theory]
    [InlineData(1_000_000, RuleOutcome.Pass)]
    [InlineData(999_999, RuleOutcome.Fail)]
    public void NpoFundingReceived_TenLakh(int funding, RuleOutcome expected)
    {
        var years = Trust.Issuer.Financials.ToArray();
        years[^1] = years[^1] with { FundingReceived = funding };
        Assert.Equal(expected, Rule(Trust.WithFinancials(years), India, "IND-R3").Outcome);
    }

    [Theory]
    [InlineData("IND-R4", "2027-06-30", RuleOutcome.Pass)]   // exactly 12 more months
    [InlineData("IND-R4", "2027-06-29", RuleOutcome.Fail)]
    [InlineData("IND-R5", "2027-06-30", RuleOutcome.Pass)]
    [InlineData("IND-R5", "2027-06-29", RuleOutcome.Fail)]
    [InlineData("IND-R6", "2026-06-30", RuleOutcome.Pass)]   // valid on the evaluation day
    [InlineData("IND-R6", "2026-06-29", RuleOutcome.Fail)]
    public void NpoRegistrationValidity(string rule, string validUntil, RuleOutcome expected)
    {
        var until = D(validUntil);
        var application = Trust.WithIssuer(i => i with
        {
            CharityRegistration = rule switch
            {
                "IND-R4" => i.CharityRegistration! with { RegistrationValidUntil = until },
                "IND-R5" => i.CharityRegistration! with { TaxExemptionValidUntil = until },
                _ => i.CharityRegistration! with { DonorDeductionValidUntil = until },
            },
        });
        Assert.Equal(expected, Rule(application, India, rule).Outcome);
    }

    [Theory]
    [InlineData(false, RuleOutcome.Pass)]
    [InlineData(true, RuleOutcome.Fail)]
    [InlineData(null, RuleOutcome.MissingEvidence)]
    public void NpoPendingTaxNotice(bool? pending, RuleOutcome expected)
    {
        var application = Trust.WithIssuer(i => i with { CharityRegistration = i.CharityRegistration! with { PendingTaxNotice = pending } });
        Assert.Equal(expected, Rule(application, India, "IND-R7").Outcome);
    }

    [Fact]
    public void NpoRules_ForACompany_NotApplicable()
    {
        var company = Demo("health-care");
        foreach (var id in new[] { "IND-N1", "IND-R1", "IND-R2", "IND-R3", "IND-R4", "IND-R5", "IND-R6", "IND-R7", "IND-R8" })
        {
            var result = Rule(company, India, id);
            Assert.Equal(RuleOutcome.NotApplicable, result.Outcome);
            Assert.Contains("not a non profit form", result.Sentence);
        }
    }

    [Theory]
    [InlineData(new[] { "housing_company" }, RuleOutcome.Fail)]
    [InlineData(new[] { "housing_company", "affordable_housing" }, RuleOutcome.Pass)]  // the affordable-housing exception
    [InlineData(new[] { "infrastructure_company", "affordable_housing" }, RuleOutcome.Fail)]
    [InlineData(new[] { "corporate_foundation" }, RuleOutcome.Fail)]
    [InlineData(new string[0], RuleOutcome.Pass)]
    public void ExcludedEntities(string[] characteristics, RuleOutcome expected)
    {
        var application = Trust.WithIssuer(i => i with { Characteristics = characteristics });
        Assert.Equal(expected, Rule(application, India, "IND-E3").Outcome);
    }

    [Theory]
    [InlineData(new[] { "financial_inclusion" }, RuleOutcome.Pass)]
    [InlineData(new[] { "luxury_retail", "health_care_sanitation_drinking_water" }, RuleOutcome.Pass)]
    [InlineData(new[] { "luxury_retail" }, RuleOutcome.Fail)]
    [InlineData(new string[0], RuleOutcome.MissingEvidence)]
    public void EligibleActivity(string[] activities, RuleOutcome expected)
    {
        var application = Trust.WithIssuer(i => i with { Activities = activities });
        Assert.Equal(expected, Rule(application, India, "IND-E2").Outcome);
    }

    [Theory]
    [InlineData("2023-08-31", 120, RuleOutcome.NotApplicable)]  // before the 90-day rule (Sep 2023)
    [InlineData("2023-09-01", 90, RuleOutcome.Pass)]
    [InlineData("2023-09-01", 91, RuleOutcome.Fail)]
    public void AnnualImpactReportDeadline_NinetyDays(string asOf, int days, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Trust.WithReporting(r => r with { ImpactReportDays = days }), India, "IND-D4", D(asOf)).Outcome);

    [Theory]
    [InlineData("2025-09-18", 50, RuleOutcome.NotApplicable)]   // coverage rule from 19-Sep-2025
    [InlineData("2025-09-19", 67, RuleOutcome.Pass)]
    [InlineData("2025-09-19", 66.99, RuleOutcome.Fail)]
    public void AnnualImpactReportCoverage_SixtySevenPercent(string asOf, double coverage, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Trust.WithReporting(r => r with { ImpactReportCoveragePct = (decimal)coverage }), India, "IND-D1", D(asOf)).Outcome);

    [Theory]
    [InlineData(7, RuleOutcome.Pass)]
    [InlineData(8, RuleOutcome.Fail)]
    [InlineData(null, RuleOutcome.MissingEvidence)]
    public void EventDisclosure_WithinSevenDays(int? days, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Trust.WithReporting(r => r with { EventDisclosureDays = days }), India, "IND-D2").Outcome);

    [Fact]
    public void NonRupeeAmounts_MissingEvidence_NamesBothCurrencies()
    {
        var result = Rule(Demo("nonprofit-foundation"), India, "IND-R2");
        Assert.Equal(RuleOutcome.MissingEvidence, result.Outcome);
        Assert.Contains("stated in EUR", result.Sentence);
        Assert.Contains("in INR", result.Sentence);
    }
}
