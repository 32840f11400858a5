using System.Text.RegularExpressions;
using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Issuers;

namespace SocialExchange.Listing.Applications;

/// <summary>
/// Checks an application for missing or contradictory facts before it is stored or evaluated: negative amounts,
/// parts larger than their totals, percentages over 100, targets dated before baselines, references to KPIs that
/// do not exist. Every problem is listed with its field path; rule evaluation is a separate step and only makes
/// sense on an application without problems.
/// </summary>
public static partial class ApplicationValidator
{
    /// <summary>Every problem of <paramref name="application"/>, judged on <paramref name="asOf"/> (dates after it are in the future).</summary>
    public static IReadOnlyList<ValidationProblem> Validate(ListingApplication application, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(application);
        var p = new Problems();
        p.NotBlank("id", application.Id);
        ValidateIssuer(p, application.Issuer, asOf);
        ValidateImpact(p, application.Impact);
        ValidateInstrument(p, application.Instrument, application.Impact, asOf);
        ValidateOffer(p, application.Offer);
        ValidateAdmissionDocument(p, application.AdmissionDocument);
        return p.List;
    }

    private static void ValidateIssuer(Problems p, Issuer issuer, DateOnly asOf)
    {
        p.NotBlank("issuer.id", issuer.Id);
        p.NotBlank("issuer.name", issuer.Name);
        if (issuer.Country is null || !CountryCode().IsMatch(issuer.Country)) p.Add("issuer.country", $"must be an ISO 3166 two-letter code, was '{issuer.Country}'");
        if (issuer.ReportingCurrency is null || !CurrencyCode().IsMatch(issuer.ReportingCurrency)) p.Add("issuer.reporting_currency", $"must be an ISO 4217 three-letter code, was '{issuer.ReportingCurrency}'");
        if (!Enum.IsDefined(issuer.LegalForm)) p.Add("issuer.legal_form", $"{issuer.LegalForm} is not a legal form");
        if (issuer.IncorporationDate > asOf) p.Add("issuer.incorporation_date", $"{issuer.IncorporationDate:yyyy-MM-dd} is after the application date {asOf:yyyy-MM-dd}");

        // A società benefit writes its common-benefit purposes into the statute (L. 208/2015 c. 377 [S-126]); a
        // non-profit form cannot be one (the law opens the qualification to companies and cooperatives).
        if (issuer.Has(LegalQualifications.SocietaBenefit))
        {
            if (issuer.Statute.CommonBenefitPurposes.Count == 0)
                p.Add("issuer.statute.common_benefit_purposes", "a società benefit must state its common-benefit purposes in the statute");
            if (issuer.LegalFormGroup == LegalFormGroup.NonProfit)
                p.Add("issuer.qualifications", $"a {issuer.LegalForm} cannot be a società benefit: the qualification is for companies and cooperatives");
        }
        if (issuer.Has(LegalQualifications.ImpresaSociale) && issuer.Statute.ProfitDistributionCapped == false)
            p.Add("issuer.statute.profit_distribution_capped", "an impresa sociale caps profit distribution by law (D.Lgs. 112/2017 art. 3), but the statute says it does not");

        var g = issuer.Governance;
        if (g.BoardSize is < 1) p.Add("issuer.governance.board_size", $"must be at least 1, was {g.BoardSize}");
        if (g.IndependentDirectors is < 0) p.Add("issuer.governance.independent_directors", $"must not be negative, was {g.IndependentDirectors}");
        if (g.IndependentDirectors is { } independent && g.BoardSize is { } board && independent > board)
            p.Add("issuer.governance.independent_directors", $"{independent} independent directors on a board of {board}");

        for (int i = 0; i < issuer.Financials.Count; i++)
        {
            var f = issuer.Financials[i];
            string at = $"issuer.financials[{i}]";
            p.NotNegative($"{at}.revenue", f.Revenue);
            p.NotNegative($"{at}.expenditure", f.Expenditure);
            p.Part($"{at}.target_population_revenue", f.TargetPopulationRevenue, "revenue", f.Revenue);
            p.Part($"{at}.target_population_expenditure", f.TargetPopulationExpenditure, "expenditure", f.Expenditure);
            if (f.Beneficiaries is < 0) p.Add($"{at}.beneficiaries", $"must not be negative, was {f.Beneficiaries}");
            if (f.TargetPopulationBeneficiaries is { } tpb)
            {
                if (tpb < 0) p.Add($"{at}.target_population_beneficiaries", $"must not be negative, was {tpb}");
                else if (f.Beneficiaries is null) p.Add($"{at}.beneficiaries", "is required when target_population_beneficiaries is given");
                else if (tpb > f.Beneficiaries) p.Add($"{at}.target_population_beneficiaries", $"{tpb} is more than the {f.Beneficiaries} beneficiaries in total");
            }
            if (f.FundingReceived is < 0) p.Add($"{at}.funding_received", $"must not be negative, was {f.FundingReceived}");
            if (f.FiscalYearEnd > asOf) p.Add($"{at}.fiscal_year_end", $"{f.FiscalYearEnd:yyyy-MM-dd} has not ended by {asOf:yyyy-MM-dd}; financials are historical");
            if (f.FiscalYearEnd < issuer.IncorporationDate) p.Add($"{at}.fiscal_year_end", $"{f.FiscalYearEnd:yyyy-MM-dd} is before incorporation ({issuer.IncorporationDate:yyyy-MM-dd})");
            for (int j = 0; j < i; j++)
            {
                // Two statements for the same year contradict each other; years less than a year apart overlap.
                if (Math.Abs(issuer.Financials[j].FiscalYearEnd.DayNumber - f.FiscalYearEnd.DayNumber) < 365)
                    p.Add($"{at}.fiscal_year_end", $"{f.FiscalYearEnd:yyyy-MM-dd} overlaps financials[{j}] ending {issuer.Financials[j].FiscalYearEnd:yyyy-MM-dd}");
            }
        }
    }

    private static void ValidateImpact(Problems p, ImpactThesis impact)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < impact.Kpis.Count; i++)
        {
            var k = impact.Kpis[i];
            string at = $"impact.kpis[{i}]";
            p.NotBlank($"{at}.id", k.Id);
            p.NotBlank($"{at}.name", k.Name);
            p.NotBlank($"{at}.unit", k.Unit);
            if (!string.IsNullOrWhiteSpace(k.Id) && !seen.TryAdd(k.Id, i)) p.Add($"{at}.id", $"'{k.Id}' is also the id of kpis[{seen[k.Id]}]");
            if (k.IrisMetricId is { } iris && !IrisMetricId().IsMatch(iris)) p.Add($"{at}.iris_metric_id", $"'{iris}' is not an IRIS+ metric id (two letters and four digits, e.g. PI5576)");
            if (k.SdgTarget is { } sdg && !IsSdgTarget(sdg)) p.Add($"{at}.sdg_target", $"'{sdg}' is not an SDG target (goal 1–17, a dot, a target: 1.4, 11.1, 8.b)");
            if (k.Baseline is { } b && k.Target is { } t && t.Date <= b.Date)
                p.Add($"{at}.target.date", $"{t.Date:yyyy-MM-dd} is not after the baseline date {b.Date:yyyy-MM-dd}");
            if (k.Unit == "%")
            {
                if (k.Baseline is { Value: < 0 or > 100 } bp) p.Add($"{at}.baseline.value", $"a percentage must be 0 to 100, was {bp.Value}");
                if (k.Target is { Value: < 0 or > 100 } tp) p.Add($"{at}.target.value", $"a percentage must be 0 to 100, was {tp.Value}");
            }
        }
    }

    private static void ValidateInstrument(Problems p, ProposedInstrument instrument, ImpactThesis impact, DateOnly asOf)
    {
        const string at = "instrument";
        if (!Enum.IsDefined(instrument.Kind)) p.Add($"{at}.kind", $"{instrument.Kind} is not an instrument kind");
        p.NotBlank($"{at}.symbol", instrument.Symbol);
        if (instrument.Currency is null || !CurrencyCode().IsMatch(instrument.Currency)) p.Add($"{at}.currency", $"must be an ISO 4217 three-letter code, was '{instrument.Currency}'");
        if (instrument.IssuePrice <= 0) p.Add($"{at}.issue_price", $"must be positive, was {instrument.IssuePrice}");
        if (instrument.IsBond)
        {
            if (instrument.Nominal is not > 0) p.Add($"{at}.nominal", "a bond needs a positive nominal");
            if (instrument.Maturity is null) p.Add($"{at}.maturity", "a bond needs a maturity date");
            else if (instrument.Maturity <= asOf) p.Add($"{at}.maturity", $"{instrument.Maturity:yyyy-MM-dd} is not after the application date {asOf:yyyy-MM-dd}");
            if (instrument.CouponPct is null) p.Add($"{at}.coupon_pct", "a bond needs a coupon (0 for a zero-coupon bond)");
            else p.Percent($"{at}.coupon_pct", instrument.CouponPct);
        }
        else
        {
            if (instrument.Maturity is not null && instrument.IsShare) p.Add($"{at}.maturity", "a share has no maturity");
            if (instrument.CouponPct is not null) p.Add($"{at}.coupon_pct", $"only bonds pay a coupon, not a {instrument.Kind}");
        }
        if (instrument.Kind == ListedInstrumentKind.CappedDividendShare)
        {
            if (instrument.DividendCapPct is null) p.Add($"{at}.dividend_cap_pct", "a capped-dividend share needs its cap");
            else p.Percent($"{at}.dividend_cap_pct", instrument.DividendCapPct);
        }
        else if (instrument.DividendCapPct is not null) p.Add($"{at}.dividend_cap_pct", $"only a capped-dividend share has a dividend cap, not a {instrument.Kind}");

        if (instrument.Kind == ListedInstrumentKind.ImpactLinkedBond)
        {
            if (instrument.ImpactLink is not { } link) p.Add($"{at}.impact_link", "an impact-linked bond needs its KPI, observation date and step-up");
            else
            {
                var kpi = impact.Kpis.FirstOrDefault(k => k.Id == link.KpiId);
                if (kpi is null) p.Add($"{at}.impact_link.kpi_id", $"'{link.KpiId}' is not the id of a KPI in impact.kpis");
                else if (kpi.Target is null) p.Add($"{at}.impact_link.kpi_id", $"KPI '{link.KpiId}' has no target to observe");
                if (link.StepUpBps <= 0) p.Add($"{at}.impact_link.step_up_bps", $"must be positive, was {link.StepUpBps}");
                if (instrument.Maturity is { } maturity && link.ObservationDate > maturity)
                    p.Add($"{at}.impact_link.observation_date", $"{link.ObservationDate:yyyy-MM-dd} is after maturity {maturity:yyyy-MM-dd}");
                if (link.ObservationDate <= asOf)
                    p.Add($"{at}.impact_link.observation_date", $"{link.ObservationDate:yyyy-MM-dd} is not after the application date {asOf:yyyy-MM-dd}");
            }
        }
        else if (instrument.ImpactLink is not null) p.Add($"{at}.impact_link", $"only an impact-linked bond has an impact link, not a {instrument.Kind}");
    }

    private static void ValidateOffer(Problems p, OfferTerms offer)
    {
        const string at = "offer";
        if (offer.Size is <= 0) p.Add($"{at}.size", $"must be positive, was {offer.Size}");
        if (offer.MinimumApplication is <= 0) p.Add($"{at}.minimum_application", $"must be positive, was {offer.MinimumApplication}");
        if (offer.MinimumApplication is { } min && offer.Size is { } size && min > size)
            p.Add($"{at}.minimum_application", $"{min} is more than the offer size {size}");
        p.Percent($"{at}.minimum_subscription_pct", offer.MinimumSubscriptionPct);
        if (offer.WindowWorkingDays is < 1) p.Add($"{at}.window_working_days", $"must be at least 1, was {offer.WindowWorkingDays}");
        p.Percent($"{at}.free_float_pct", offer.FreeFloatPct);
        p.Percent($"{at}.institutional_placement_pct", offer.InstitutionalPlacementPct);
        if (offer.InstitutionalPlacementPct is { } inst && offer.FreeFloatPct is { } ff && inst > ff)
            p.Add($"{at}.institutional_placement_pct", $"{inst}% placed with institutions is more than the {ff}% free float it is part of");
        if (offer.InstitutionalInvestors is < 0) p.Add($"{at}.institutional_investors", $"must not be negative, was {offer.InstitutionalInvestors}");
        if (offer.InstitutionalPlacementPct is > 0 && offer.InstitutionalInvestors == 0)
            p.Add($"{at}.institutional_investors", "is 0, but part of the offer is placed with institutional investors");
    }

    private static void ValidateAdmissionDocument(Problems p, AdmissionDocument document)
    {
        const string at = "admission_document";
        decimal total = 0;
        for (int i = 0; i < document.UseOfProceeds.Count; i++)
        {
            var use = document.UseOfProceeds[i];
            p.NotBlank($"{at}.use_of_proceeds[{i}].purpose", use.Purpose);
            if (use.SharePct is <= 0 or > 100) p.Add($"{at}.use_of_proceeds[{i}].share_pct", $"must be more than 0 and at most 100, was {use.SharePct}");
            total += use.SharePct;
        }
        if (total > 100) p.Add($"{at}.use_of_proceeds", $"shares add up to {total}%, more than 100%");
        var r = document.Reporting;
        if (r.ImpactReportDays is < 1) p.Add($"{at}.reporting.impact_report_days", $"must be at least 1, was {r.ImpactReportDays}");
        p.Percent($"{at}.reporting.impact_report_coverage_pct", r.ImpactReportCoveragePct);
        if (r.EventDisclosureDays is < 0) p.Add($"{at}.reporting.event_disclosure_days", $"must not be negative, was {r.EventDisclosureDays}");
    }

    private static bool IsSdgTarget(string code)
    {
        var m = SdgTarget().Match(code);
        return m.Success && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 17;
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    [GeneratedRegex("^[A-Z]{2}[0-9]{4}$")]
    private static partial Regex IrisMetricId();

    [GeneratedRegex("^([0-9]{1,2})\\.([0-9]{1,2}|[a-z])$")]
    private static partial Regex SdgTarget();

    /// <summary>The growing list, with the checks that recur.</summary>
    private sealed class Problems
    {
        public List<ValidationProblem> List { get; } = [];

        public void Add(string field, string message) => List.Add(new ValidationProblem(field, message));

        public void NotBlank(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) Add(field, "is required");
        }

        public void NotNegative(string field, decimal value)
        {
            if (value < 0) Add(field, $"must not be negative, was {value}");
        }

        public void Percent(string field, decimal? value)
        {
            if (value is < 0 or > 100) Add(field, $"a percentage must be 0 to 100, was {value}");
        }

        /// <summary>A part of a total: not negative and not larger than the total.</summary>
        public void Part(string field, decimal? part, string totalName, decimal total)
        {
            if (part is not { } value) return;
            if (value < 0) Add(field, $"must not be negative, was {value}");
            else if (value > total) Add(field, $"{value} is more than the {totalName} of {total} it is part of");
        }
    }
}
