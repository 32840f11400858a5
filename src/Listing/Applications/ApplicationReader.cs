using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Issuers;
using SocialExchange.Listing.Yaml;

namespace SocialExchange.Listing.Applications;

/// <summary>
/// Reads a listing application (issuer profile, impact thesis, instrument, offer, admission document) from YAML,
/// then validates it with <see cref="ApplicationValidator"/>. Reading and validation problems come back together,
/// each with its field path and line, so the applicant fixes everything in one pass.
/// </summary>
public static class ApplicationReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ApplicationReadResult ReadFile(string path, DateOnly asOf) =>
        Read(File.ReadAllText(path), Path.GetFileName(path), asOf);

    /// <summary>Reads <paramref name="yaml"/>; <paramref name="file"/> names it in problems.</summary>
    public static ApplicationReadResult Read(string yaml, string file, DateOnly asOf)
    {
        var document = YamlDocument.Parse(yaml, file);
        ListingApplication? application = null;
        if (document.Root is { } root)
        {
            root.AllowOnly("id", "issuer", "impact", "instrument", "offer", "admission_document");
            var id = root.String("id", required: true);
            var issuer = root.Mapping("issuer", required: true) is { } i ? ReadIssuer(i) : null;
            var impact = root.Mapping("impact") is { } m ? ReadImpact(m) : ImpactThesis.Empty;
            var instrument = root.Mapping("instrument", required: true) is { } n ? ReadInstrument(n) : null;
            var offer = root.Mapping("offer") is { } o ? ReadOffer(o) : OfferTerms.Empty;
            var admission = root.Mapping("admission_document") is { } a ? ReadAdmissionDocument(a) : AdmissionDocument.Empty;
            if (document.Problems.Count == 0 && id is not null && issuer is not null && impact is not null && instrument is not null)
                application = new ListingApplication(id, issuer, impact, instrument, offer, admission);
        }
        // Reading problems in file order (the reader visits sections in its own order); validation problems follow in model order.
        var problems = document.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column)
            .Select(p => new ValidationProblem(p.Field, p.Message, p.Line)).ToList();
        if (application is not null)
        {
            foreach (var problem in ApplicationValidator.Validate(application, asOf))
                problems.Add(problem with { Line = document.LineOf(problem.Field) });
        }
        return new ApplicationReadResult(problems.Count == 0 ? application : null, problems);
    }

    private static Issuer? ReadIssuer(YamlView v)
    {
        v.AllowOnly("id", "name", "country", "legal_form", "qualifications", "incorporation_date", "reporting_currency",
            "statute", "governance", "financials", "activities", "characteristics", "charity_registration");
        var id = v.String("id", true);
        var name = v.String("name", true);
        var country = v.String("country", true);
        var form = v.Enum<LegalForm>("legal_form", true);
        var qualifications = v.EnumList<LegalQualifications>("qualifications").Aggregate(LegalQualifications.None, (a, q) => a | q);
        var incorporated = v.Date("incorporation_date", true);
        var currency = v.String("reporting_currency", true);
        var statute = v.Mapping("statute") is { } s ? ReadStatute(s) : Statute.Empty;
        var governance = v.Mapping("governance") is { } g ? ReadGovernance(g) : GovernanceFacts.Empty;
        var financials = v.Items("financials").Select(ReadYear).ToList();
        var activities = v.StringList("activities");
        var characteristics = v.StringList("characteristics");
        var charity = v.Mapping("charity_registration") is { } c ? ReadCharity(c) : null;
        if (id is null || name is null || country is null || form is null || incorporated is null || currency is null || financials.Any(f => f is null))
            return null;
        return new Issuer(id, name, country, form.Value, qualifications, incorporated.Value, currency, statute, governance,
            financials!, activities, characteristics, charity);
    }

    private static Statute ReadStatute(YamlView v)
    {
        v.AllowOnly("purpose", "common_benefit_purposes", "impact_objectives", "profit_distribution_capped");
        return new Statute(v.String("purpose"), v.StringList("common_benefit_purposes"), v.StringList("impact_objectives"), v.Bool("profit_distribution_capped"));
    }

    private static GovernanceFacts ReadGovernance(YamlView v)
    {
        v.AllowOnly("board_size", "independent_directors", "investor_relations_manager", "website", "impact_officer", "materiality_policy");
        return new GovernanceFacts(v.Int("board_size"), v.Int("independent_directors"), v.String("investor_relations_manager"),
            v.String("website"), v.String("impact_officer"), v.Bool("materiality_policy"));
    }

    private static FiscalYearFinancials? ReadYear(YamlView v)
    {
        v.AllowOnly("fiscal_year_end", "revenue", "target_population_revenue", "expenditure", "target_population_expenditure",
            "beneficiaries", "target_population_beneficiaries", "funding_received", "audited");
        var end = v.Date("fiscal_year_end", true);
        var revenue = v.Decimal("revenue", true);
        var tpRevenue = v.Decimal("target_population_revenue");
        var expenditure = v.Decimal("expenditure", true);
        var tpExpenditure = v.Decimal("target_population_expenditure");
        var beneficiaries = v.Long("beneficiaries");
        var tpBeneficiaries = v.Long("target_population_beneficiaries");
        var funding = v.Decimal("funding_received");
        var audited = v.Bool("audited") ?? false;
        if (end is null || revenue is null || expenditure is null) return null;
        return new FiscalYearFinancials(end.Value, revenue.Value, tpRevenue, expenditure.Value, tpExpenditure, beneficiaries, tpBeneficiaries, funding, audited);
    }

    private static CharityRegistration ReadCharity(YamlView v)
    {
        v.AllowOnly("registration_valid_until", "tax_exemption_valid_until", "donor_deduction_valid_until", "pending_tax_notice", "tax_id", "ngo_registry_id");
        return new CharityRegistration(v.Date("registration_valid_until"), v.Date("tax_exemption_valid_until"), v.Date("donor_deduction_valid_until"),
            v.Bool("pending_tax_notice"), v.String("tax_id"), v.String("ngo_registry_id"));
    }

    private static ImpactThesis? ReadImpact(YamlView v)
    {
        v.AllowOnly("objectives", "theory_of_change", "target_population", "under_served_area", "contribution", "dimensions", "kpis");
        var dimensions = ImpactDimensions.Empty;
        if (v.Mapping("dimensions") is { } d)
        {
            d.AllowOnly("what", "who", "how_much", "contribution", "risk");
            dimensions = new ImpactDimensions(d.String("what"), d.String("who"), d.String("how_much"), d.String("contribution"), d.String("risk"));
        }
        var kpis = v.Items("kpis").Select(ReadKpi).ToList();
        var thesis = new ImpactThesis(v.StringList("objectives"), v.String("theory_of_change"), v.String("target_population"),
            v.String("under_served_area"), v.String("contribution"), dimensions, kpis.Where(k => k is not null).ToList()!);
        return kpis.Any(k => k is null) ? null : thesis;
    }

    private static Kpi? ReadKpi(YamlView v)
    {
        v.AllowOnly("id", "name", "unit", "iris_metric_id", "sdg_target", "baseline", "target", "frequency", "data_source", "assurance");
        var id = v.String("id", true);
        var name = v.String("name", true);
        var unit = v.String("unit", true);
        var baseline = v.Mapping("baseline") is { } b ? ReadPoint(b) : null;
        var target = v.Mapping("target") is { } t ? ReadPoint(t) : null;
        var kpi = new Kpi(id ?? "", name ?? "", unit ?? "", v.String("iris_metric_id"), v.String("sdg_target"), baseline, target,
            v.Enum<ReportingFrequency>("frequency"), v.String("data_source"), v.Enum<AssuranceLevel>("assurance"));
        return id is null || name is null || unit is null ? null : kpi;
    }

    private static KpiPoint? ReadPoint(YamlView v)
    {
        v.AllowOnly("value", "date");
        var value = v.Decimal("value", true);
        var date = v.Date("date", true);
        return value is null || date is null ? null : new KpiPoint(value.Value, date.Value);
    }

    private static ProposedInstrument? ReadInstrument(YamlView v)
    {
        v.AllowOnly("kind", "symbol", "currency", "issue_price", "nominal", "coupon_pct", "maturity", "dividend_cap_pct", "impact_link");
        var kind = v.Enum<ListedInstrumentKind>("kind", true);
        var symbol = v.String("symbol", true);
        var currency = v.String("currency", true);
        var price = v.Decimal("issue_price", true);
        ImpactLinkedTerms? link = null;
        if (v.Mapping("impact_link") is { } l)
        {
            l.AllowOnly("kpi_id", "observation_date", "step_up_bps");
            var kpi = l.String("kpi_id", true);
            var observed = l.Date("observation_date", true);
            var bps = l.Int("step_up_bps", true);
            if (kpi is not null && observed is not null && bps is not null) link = new ImpactLinkedTerms(kpi, observed.Value, bps.Value);
        }
        var instrument = new ProposedInstrument(kind ?? default, symbol ?? "", currency ?? "", price ?? 0, v.Decimal("nominal"),
            v.Decimal("coupon_pct"), v.Date("maturity"), v.Decimal("dividend_cap_pct"), link);
        return kind is null || symbol is null || currency is null || price is null ? null : instrument;
    }

    private static OfferTerms ReadOffer(YamlView v)
    {
        v.AllowOnly("size", "minimum_application", "minimum_subscription_pct", "window_working_days", "free_float_pct",
            "institutional_placement_pct", "institutional_investors", "retail_tranche", "per_unit_project", "advisor", "specialist", "registrar");
        return new OfferTerms(v.Decimal("size"), v.Decimal("minimum_application"), v.Decimal("minimum_subscription_pct"),
            v.Int("window_working_days"), v.Decimal("free_float_pct"), v.Decimal("institutional_placement_pct"),
            v.Int("institutional_investors"), v.Bool("retail_tranche"), v.Bool("per_unit_project") ?? false,
            v.String("advisor"), v.String("specialist"), v.String("registrar"));
    }

    private static AdmissionDocument ReadAdmissionDocument(YamlView v)
    {
        v.AllowOnly("financial_section", "measurement_method", "reporting", "risks", "use_of_proceeds");
        var reporting = ReportingCalendar.Empty;
        if (v.Mapping("reporting") is { } r)
        {
            r.AllowOnly("impact_report_days", "impact_report_coverage_pct", "event_disclosure_days", "fund_utilisation", "impact_assurance");
            reporting = new ReportingCalendar(r.Int("impact_report_days"), r.Decimal("impact_report_coverage_pct"), r.Int("event_disclosure_days"),
                r.Enum<ReportingFrequency>("fund_utilisation"), r.Enum<AssuranceLevel>("impact_assurance"));
        }
        var uses = new List<ProceedsUse>();
        foreach (var u in v.Items("use_of_proceeds"))
        {
            u.AllowOnly("purpose", "share_pct", "under_served");
            var purpose = u.String("purpose", true);
            var share = u.Decimal("share_pct", true);
            var underServed = u.Bool("under_served", true);
            if (purpose is not null && share is not null && underServed is not null) uses.Add(new ProceedsUse(purpose, share.Value, underServed.Value));
        }
        return new AdmissionDocument(v.String("financial_section"), v.String("measurement_method"), reporting, v.StringList("risks"), uses);
    }
}
