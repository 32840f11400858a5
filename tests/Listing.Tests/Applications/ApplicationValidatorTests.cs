using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Issuers;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Applications;

/// <summary>Applications with missing or contradictory facts: every problem listed with its field path.</summary>
public sealed class ApplicationValidatorTests
{
    private static readonly DateOnly AsOf = DemoApplications.AsOf;

    [Fact]
    public void Validate_EveryDemoApplication_HasNoProblems()
    {
        foreach (var name in DemoApplications.Names)
            Assert.Empty(ApplicationValidator.Validate(Demo(name), AsOf));
    }

    [Fact]
    public void Validate_ManyProblems_ListsEveryFieldPath()
    {
        var food = Demo("societa-benefit-food");
        var years = food.Issuer.Financials.ToArray();
        years[1] = years[1] with { Revenue = -5, TargetPopulationExpenditure = years[1].Expenditure + 1 };
        years[2] = years[2] with { TargetPopulationBeneficiaries = years[2].Beneficiaries + 1, FundingReceived = -1 };
        var kpis = food.Impact.Kpis.ToArray();
        kpis[0] = kpis[0] with { Target = new KpiPoint(30000, D("2025-01-01")) };                  // before its baseline
        kpis[2] = kpis[2] with { Target = new KpiPoint(140, D("2029-12-31")), SdgTarget = "18.1" }; // "%" over 100, no goal 18
        var application = food with
        {
            Issuer = food.Issuer with
            {
                Financials = years,
                Statute = food.Issuer.Statute with { CommonBenefitPurposes = [] },            // a società benefit without purposes
                Governance = food.Issuer.Governance with { BoardSize = 3, IndependentDirectors = 4 },
            },
            Impact = food.Impact with { Kpis = kpis },
            Offer = food.Offer with { FreeFloatPct = 14, InstitutionalPlacementPct = 20, MinimumSubscriptionPct = 120 },
            AdmissionDocument = food.AdmissionDocument with
            {
                UseOfProceeds = [new ProceedsUse("a", 70, true), new ProceedsUse("b", 40, false)],
            },
        };

        var problems = ApplicationValidator.Validate(application, AsOf);

        Assert.Equal(
            [
                "issuer.statute.common_benefit_purposes",
                "issuer.governance.independent_directors",
                "issuer.financials[1].revenue",
                "issuer.financials[1].target_population_expenditure",
                "issuer.financials[2].target_population_beneficiaries",
                "issuer.financials[2].funding_received",
                "impact.kpis[0].target.date",
                "impact.kpis[2].sdg_target",
                "impact.kpis[2].target.value",
                "offer.minimum_subscription_pct",
                "offer.institutional_placement_pct",
                "admission_document.use_of_proceeds",
            ],
            problems.Select(p => p.Field));
        Assert.Contains(problems, p => p.Field == "issuer.financials[1].revenue" && p.Message == "must not be negative, was -5");
        Assert.Contains(problems, p => p.Field == "offer.institutional_placement_pct" && p.Message.Contains("more than the 14% free float"));
        Assert.Contains(problems, p => p.Field == "admission_document.use_of_proceeds" && p.Message.Contains("110%"));
    }

    [Fact]
    public void Validate_BondTerms_MissingAndContradictory()
    {
        var bond = Demo("health-care");
        var application = bond with
        {
            Instrument = bond.Instrument with
            {
                Nominal = null,
                Maturity = D("2026-01-01"),
                ImpactLink = new ImpactLinkedTerms("no-such-kpi", D("2032-01-01"), 0),
            },
        };
        Assert.Equal(
            ["instrument.nominal", "instrument.maturity", "instrument.impact_link.kpi_id", "instrument.impact_link.step_up_bps", "instrument.impact_link.observation_date"],
            ApplicationValidator.Validate(application, AsOf).Select(p => p.Field));
    }

    [Fact]
    public void Validate_ShareWithBondTerms_Contradictory()
    {
        var share = Demo("societa-benefit-food");
        var application = share with { Instrument = share.Instrument with { CouponPct = 3, Maturity = D("2030-01-01"), DividendCapPct = 4 } };
        Assert.Equal(["instrument.maturity", "instrument.coupon_pct", "instrument.dividend_cap_pct"],
            ApplicationValidator.Validate(application, AsOf).Select(p => p.Field));
    }

    [Fact]
    public void Validate_OverlappingYearsAndFutureYear_Reported()
    {
        var food = Demo("societa-benefit-food");
        var years = food.Issuer.Financials.Append(food.Issuer.Financials[2] with { FiscalYearEnd = D("2026-12-31") })
            .Append(food.Issuer.Financials[0]).ToArray();
        var problems = ApplicationValidator.Validate(food.WithFinancials(years), AsOf);
        Assert.Equal(["issuer.financials[3].fiscal_year_end", "issuer.financials[4].fiscal_year_end"], problems.Select(p => p.Field));
        Assert.Contains("has not ended", problems[0].Message);
        Assert.Contains("overlaps financials[0]", problems[1].Message);
    }

    [Fact]
    public void Validate_NonProfitSocietaBenefit_Contradictory()
    {
        var foundation = Demo("nonprofit-foundation").WithIssuer(i => i with
        {
            Qualifications = LegalQualifications.SocietaBenefit,
            Statute = i.Statute with { CommonBenefitPurposes = ["education"] },
        });
        Assert.Equal(["issuer.qualifications"], ApplicationValidator.Validate(foundation, AsOf).Select(p => p.Field));
    }
}
